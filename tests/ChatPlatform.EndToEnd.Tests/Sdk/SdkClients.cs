using ChatPlatform.Client;
using ChatPlatform.Client.Auth;
using ChatPlatform.Client.Realtime;
using ChatPlatform.EndToEnd.Tests.Infrastructure;

namespace ChatPlatform.EndToEnd.Tests.Sdk;

/// <summary>The SDK's realtime client against the test platform's gateway.</summary>
internal static class SdkClients
{
    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(20);

    /// <summary>The SDK's client for the platform's gateway, signed in as <paramref name="user"/> (a fresh login).</summary>
    public static async Task<ChatPlatformClient> SdkClientAsync(this PlatformFixture platform, TestUser user)
    {
        var client = new ChatPlatformClient(platform.GatewayAddress);
        await client.LoginAsync(user.Email, user.Password);
        return client;
    }

    /// <summary>A fresh login of the user, with tokens the SDK refreshes through the gateway.</summary>
    public static async Task<ChatCredentials> CredentialsAsync(this PlatformFixture platform, TestUser user) =>
        (await platform.SdkClientAsync(user)).Credentials!;

    public static Task<ChatConnection> ConnectAsync(
        this PlatformFixture platform, ChatCredentials credentials, Guid? sessionId = null, long? sinceSeq = null, Func<ChatFrame, bool>? inboundFilter = null) =>
        ChatConnection.ConnectAsync(new ChatConnectionOptions
        {
            GatewayAddress = platform.GatewayAddress,
            Credentials = credentials,
            SessionId = sessionId,
            SinceSeq = sinceSeq,
            InboundFilter = inboundFilter,
            InitialReconnectDelay = TimeSpan.FromMilliseconds(100),
            MaxReconnectDelay = TimeSpan.FromSeconds(2),
        });

    /// <summary>Reads frames until one matches (the ones before it are returned too, in order).</summary>
    public static async Task<(ChatFrame Match, List<ChatFrame> Before)> NextAsync(this ChatConnection connection, Func<ChatFrame, bool> match, TimeSpan? wait = null)
    {
        using var timeout = new CancellationTokenSource(wait ?? DefaultWait);
        var before = new List<ChatFrame>();
        await foreach (var frame in connection.ReadFramesAsync(timeout.Token))
        {
            if (match(frame))
            {
                return (frame, before);
            }
            before.Add(frame);
        }
        throw new InvalidOperationException($"The connection closed ({connection.LastCloseStatus}) before the expected frame arrived.");
    }

    /// <summary>The next chat messages, as the app sees them, until <paramref name="count"/> have arrived.</summary>
    public static async Task<List<ChatMessage>> MessagesAsync(this ChatConnection connection, int count, TimeSpan? wait = null)
    {
        using var timeout = new CancellationTokenSource(wait ?? DefaultWait);
        var messages = new List<ChatMessage>();
        try
        {
            await foreach (var frame in connection.ReadFramesAsync(timeout.Token))
            {
                if (frame.IsMessage)
                {
                    messages.Add(frame.AsMessage());
                    if (messages.Count == count)
                    {
                        return messages;
                    }
                }
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
        }
        Assert.Fail($"{messages.Count} of {count} messages arrived (seqs {string.Join(",", messages.Select(m => m.Seq))}); "
            + $"state {connection.State}, reconnects {connection.Reconnects}, last close {connection.LastCloseStatus}");
        return messages;
    }
}
