using System.Diagnostics;
using ChatPlatform.Bench.Load;

namespace ChatPlatform.Bench.Platform;

/// <summary>
/// Users and sessions for the platform scenarios, made through the gateway's public REST API with the SDK: N users registered and
/// logged in, M group sessions with the users spread over them (user i in session i mod M, the first member creates it).
/// </summary>
public sealed class PlatformSetup
{
    public const string Password = "bench-password-0123";
    /// <summary>Access tokens live 15 minutes: log in again before a run when they are older than this.</summary>
    private static readonly TimeSpan TokenRefreshAge = TimeSpan.FromMinutes(8);
    private const int Concurrency = 4;

    private readonly GatewayClient _rest;
    private readonly BenchUser[] _users;
    private readonly Guid[] _sessions;
    private long _loggedInAt;

    private PlatformSetup(GatewayClient rest, BenchUser[] users, Guid[] sessions)
    {
        _rest = rest;
        _users = users;
        _sessions = sessions;
    }

    public static async Task<PlatformSetup> CreateAsync(GatewayClient rest, int userCount, int sessionCount, TextWriter log,
        CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var tag = Guid.NewGuid().ToString("N")[..8];
        var users = new BenchUser[userCount];
        await Parallel.ForAsync(0, userCount, new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellationToken },
            async (i, ct) =>
            {
                var email = $"bench-{tag}-{i}@bench.example.com";
                var id = await rest.RegisterAsync(email, Password, $"Bench {i}", ct);
                users[i] = new BenchUser(i, email, id, rest.NewClient());
            });
        log.WriteLine($"  registered {userCount} users in {watch.Elapsed.TotalSeconds:F1} s");

        var setup = new PlatformSetup(rest, users, new Guid[sessionCount]);
        await setup.LoginAllAsync(log, cancellationToken);

        watch.Restart();
        await Parallel.ForAsync(0, sessionCount, new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellationToken },
            async (s, ct) =>
            {
                var members = users.Where(u => u.Index % sessionCount == s).ToArray();
                setup._sessions[s] = await rest.CreateGroupSessionAsync(
                    members[0].Client, $"bench {tag} {s}", [.. members.Skip(1).Select(u => u.Id)], ct);
            });
        var created = watch.Elapsed;

        // One REST send per session, retried while the platform's projections have not caught up with the new
        // session yet (404): the measured WebSocket sends then meet a steady state, not the first-event lag.
        await Parallel.ForAsync(0, sessionCount, new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellationToken },
            async (s, ct) =>
            {
                var creator = users[s];
                await rest.SendAsync(creator.Client, setup._sessions[s], "bench warm-up", $"bench-prime-{tag}-{s}", ct);
            });
        log.WriteLine($"  created {sessionCount} group sessions of {userCount / sessionCount}-{(userCount + sessionCount - 1) / sessionCount} in {created.TotalSeconds:F1} s, "
            + $"each accepting a message after {watch.Elapsed.TotalSeconds:F1} s");
        return setup;
    }

    public IReadOnlyList<BenchUser> Users => _users;

    public IReadOnlyList<Guid> Sessions => _sessions;

    /// <summary>Logs everyone in again when the tokens are getting old (a run must not outlive them).</summary>
    public async Task EnsureFreshTokensAsync(TextWriter log, CancellationToken cancellationToken)
    {
        if (Stopwatch.GetElapsedTime(_loggedInAt) > TokenRefreshAge)
        {
            await LoginAllAsync(log, cancellationToken);
        }
    }

    /// <summary>
    /// One client per user: user i on session i mod M, at address i mod N of <paramref name="addresses"/> (the gateway,
    /// or each Presence replica in turn, as the gateway spreads its sockets).
    /// </summary>
    public IReadOnlyList<ClientPlan> Plan(IReadOnlyList<Uri> addresses)
    {
        return _users.Select(u =>
        {
            var room = u.Index % _sessions.Length;
            var sessionId = _sessions[room];
            var baseAddress = addresses[u.Index % addresses.Count];
            var ws = new UriBuilder(baseAddress) { Scheme = baseAddress.Scheme == "https" ? "wss" : "ws" }.Uri;
            return new ClientPlan(room, new Uri(ws, $"/api/v1/chat/ws/{sessionId}?token={Uri.EscapeDataString(u.AccessToken)}"))
            {
                OpenSdk = cancellationToken => u.Client.ConnectAsync(sessionId,
                    configure: options => options with { GatewayAddress = baseAddress }, cancellationToken: cancellationToken),
            };
        }).ToArray();
    }

    private async Task LoginAllAsync(TextWriter log, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var started = Stopwatch.GetTimestamp();
        await Parallel.ForEachAsync(_users, new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellationToken },
            async (user, ct) =>
            {
                user.AccessToken = await _rest.LoginAsync(user.Client, user.Email, Password, ct);
            });
        _loggedInAt = started;
        log.WriteLine($"  logged in {_users.Length} users in {watch.Elapsed.TotalSeconds:F1} s");
    }
}
