using System.Net;
using ChatPlatform.Bench.Http;
using ChatPlatform.Bench.Load;
using ChatPlatform.Bench.Platform;

namespace ChatPlatform.Bench.History;

/// <summary>
/// M5: pages of 50 from one session of <see cref="BenchOptions.HistoryMessages"/> messages, before a random seq, by
/// users who are all participants of it: <c>GET /api/v1/chat/sessions/{id}/messages?limit=50&amp;before_seq=N</c>.
/// </summary>
public sealed class HistoryWorkload(BenchOptions options) : IHttpWorkload
{
    public const int PageSize = 50;
    /// <summary>Pace users this far under the gateway's limit, so its 1-second token refills never run dry.</summary>
    private const double LimitShare = 0.9;

    private Guid _session;
    private long _lastSeq;

    public string Bench => "chatplatform-history";

    public string Description => $"history pages of {PageSize} from one session of {options.HistoryMessages:N0} messages, {options.Concurrency} clients "
        + $"in closed loop, {options.Users} users, {options.DurationSeconds:0.#} s measured after {options.WarmupSeconds:0.#} s warm-up, "
        + $"scenarios {string.Join(",", options.Scenarios).ToLowerInvariant()}";

    public string OperationUnit => "req";

    public HttpStatusCode Expected => HttpStatusCode.OK;

    public double PerUserPerSecond => LimitShare * BenchOptions.PerUserRequestLimit;

    public string PacingReason => $"the gateway's per-user limit is {BenchOptions.PerUserRequestLimit:0}/s with a burst of twice that; "
        + "the same pacing applies straight to Messages, which has no such limit, so both targets get the same load";

    public async Task<string> PrepareAsync(BootedPlatform platform, TextWriter log, CancellationToken cancellationToken)
    {
        var setup = platform.Setup!;
        _session = setup.Sessions[0];
        var connectionString = await platform.Host!.MessagesDbConnectionStringAsync(cancellationToken)
            ?? throw new InvalidOperationException("no connection string for messagesdb (give --messages-db with --gateway-url)");
        log.WriteLine($"  seeding session {_session} with {options.HistoryMessages:N0} messages in messagesdb");
        var seed = await HistorySeeder.SeedAsync(connectionString, _session, setup.Users.Select(u => u.Id).ToArray(), options.HistoryMessages,
            Payload.Text(options.PayloadBytes), log, cancellationToken);
        _lastSeq = seed.LastSeq;
        log.WriteLine($"  seeded {seed.Inserted:N0} rows in {seed.Seconds:F1} s ({seed.Inserted / Math.Max(seed.Seconds, 0.001):N0} rows/s), last seq {seed.LastSeq:N0}, analyzed");

        // The newest page through the gateway must be full and end at the last seq: the seed is what Messages serves.
        var page = await setup.Users[^1].Client.Api.GetMessagesAsync(_session, limit: PageSize, cancellationToken: cancellationToken);
        var items = page.Items;
        var newest = items.FirstOrDefault()?.Seq ?? 0;
        if (items.Count != PageSize || newest != _lastSeq)
        {
            throw new InvalidOperationException($"the newest page has {items.Count} items up to seq {newest}, expected {PageSize} up to {_lastSeq}");
        }
        return $"History pages: GET /api/v1/chat/sessions/{{id}}/messages?limit={PageSize}&before_seq=<uniform in {PageSize + 1}..{_lastSeq + 1}> "
            + $"from one group session of {_lastSeq:N0} messages ({seed.Inserted:N0} inserted with SQL in {seed.Seconds:F1} s), every user a participant.";
    }

    public HttpRequestMessage Create(BenchUser user, string tag, long sequence) =>
        BearerRequest.For(user, HttpMethod.Get,
            $"/api/v1/chat/sessions/{_session}/messages?limit={PageSize}&before_seq={Random.Shared.NextInt64(PageSize + 1, _lastSeq + 2)}");
}
