using System.Collections;

namespace ChatPlatform.Client.Sample;

/// <summary>The sample's command line: gateway, account, session, and lines to send without a terminal.</summary>
internal sealed record SampleSettings(
    Uri Gateway, string Email, string Password, Guid? SessionId, bool History, IReadOnlyList<string> Messages, bool Interactive, TimeSpan Linger)
{
    public const string Usage = """
        usage: ChatPlatform.Client.Sample --email E --password P [--gateway http://localhost:8000] [--session ID]
                                          [--history] [--send TEXT]... [--linger SECONDS]
          --history   replay the session from its first message
          --send      send TEXT and do not read the terminal (repeatable); --linger waits for answers before leaving
          the password may come from CHATPLATFORM_PASSWORD instead
        """;

    public static SampleSettings? From(string[] args, IDictionary environment)
    {
        string? Value(string name)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
        }
        var email = Value("--email");
        var password = Value("--password") ?? environment["CHATPLATFORM_PASSWORD"] as string;
        if (email is null || password is null)
        {
            return null;
        }
        var messages = args.Select((arg, index) => (arg, index)).Where(a => a.arg == "--send" && a.index + 1 < args.Length)
            .Select(a => args[a.index + 1]).ToList();
        return new SampleSettings(
            new Uri(Value("--gateway") ?? "http://localhost:8000"),
            email,
            password,
            Value("--session") is { } session ? Guid.Parse(session) : null,
            args.Contains("--history"),
            messages,
            Interactive: messages.Count == 0,
            TimeSpan.FromSeconds(double.Parse(Value("--linger") ?? (messages.Count == 0 ? "0" : "2"), System.Globalization.CultureInfo.InvariantCulture)));
    }
}
