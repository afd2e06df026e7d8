using ChatPlatform.Client;
using ChatPlatform.Client.Rest;
using ChatPlatform.Client.Sample;

// Logs in, lists the user's sessions, opens a socket on one (or a new one), prints what arrives and sends each line typed.
var settings = SampleSettings.From(args, Environment.GetEnvironmentVariables());
if (settings is null)
{
    Console.Error.WriteLine(SampleSettings.Usage);
    return 2;
}

using var client = new ChatPlatformClient(settings.Gateway);
try
{
    var login = await client.LoginAsync(settings.Email, settings.Password);
    Console.WriteLine($"Logged in as {login.User.Display_name} ({login.User.Id}).");

    var sessions = await client.Api.ListSessionsAsync(limit: 20);
    foreach (var session in sessions.Items)
    {
        Console.WriteLine($"  {session.Id}  {session.Title} ({session.Kind}, {session.Unread_count} unread)");
    }
    var sessionId = settings.SessionId
        ?? sessions.Items.FirstOrDefault()?.Id
        ?? (await client.Api.CreateSessionAsync(body: new CreateSessionRequest { Title = "SDK sample" })).Id;

    await using var socket = await client.ConnectAsync(sessionId, sinceSeq: settings.History ? 0 : null);
    socket.StateChanged += state => Console.WriteLine($"[socket {state}]");
    Console.WriteLine($"Chatting in {sessionId}. Type a line to send it; an empty line quits.");

    using var stop = new CancellationTokenSource();
    var printing = SamplePrinter.PrintAsync(socket, stop.Token);
    foreach (var line in settings.Messages)
    {
        await SamplePrinter.SendAsync(socket, line);
    }
    while (settings.Interactive && Console.ReadLine() is { Length: > 0 } line)
    {
        await SamplePrinter.SendAsync(socket, line);
    }
    await Task.Delay(settings.Linger);
    await stop.CancelAsync();
    await printing;
    return 0;
}
catch (ChatPlatformProblemException problem)
{
    Console.Error.WriteLine($"{(int)problem.Status} {problem.Code}: {problem.Detail} (trace {problem.TraceId})");
    return 1;
}
