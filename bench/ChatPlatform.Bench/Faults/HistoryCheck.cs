using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ChatPlatform.Bench.Platform;

namespace ChatPlatform.Bench.Faults;

/// <summary>
/// The invariants, checked against history read through the gateway and against the clients' own logs: every
/// acknowledged id in history exactly once (with the seq its ack gave), seqs 1..N with no gap or repeat, and every
/// socket holding seqs 1..N of its session, once, in order.
/// </summary>
public static class HistoryCheck
{
    public static async Task<CheckResult> RunAsync(HttpClient http, PlatformSetup setup, AckLog acks, IReadOnlyList<ReconnectingSocket> sockets,
        CancellationToken cancellationToken)
    {
        // Acknowledgements taken before history is read must all be in it; later ones (resends still being answered)
        // are checked next time.
        var acknowledged = acks.All();
        var conflicts = acks.Conflicts;
        var histories = new Dictionary<Guid, List<(long Seq, string? ClientMessageId)>>();
        for (var s = 0; s < setup.Sessions.Count; s++)
        {
            histories[setup.Sessions[s]] = await ReadAllAsync(http, setup.Sessions[s], setup.Users[s].AccessToken, cancellationToken);
        }

        long lost = 0, duplicated = 0, gaps = 0, wrongSeq = 0;
        foreach (var history in histories.Values)
        {
            var seqs = history.Select(h => h.Seq).ToList();
            gaps += seqs.Where((seq, i) => seq != i + 1).Count();
            duplicated += history.Where(h => h.ClientMessageId is not null).GroupBy(h => h.ClientMessageId).Sum(g => g.Count() - 1);
        }
        foreach (var ack in acknowledged)
        {
            var found = histories[ack.Session].Where(h => h.ClientMessageId == ack.ClientMessageId).ToList();
            lost += found.Count == 0 ? 1 : 0;
            wrongSeq += found.Count == 1 && found[0].Seq != ack.Seq ? 1 : 0;
        }

        long clientsMissing = 0, clientsBehind = 0;
        foreach (var socket in sockets)
        {
            var expected = histories[socket.Session].Count;
            var received = socket.Received;
            // A socket may hold messages stored after history was read: only what history holds is owed.
            var inOrder = received.Select((seq, i) => seq == i + 1).All(ok => ok);
            clientsMissing += inOrder ? Math.Max(0, expected - received.Count) : expected;
            clientsBehind += received.Count < expected ? 1 : 0;
        }
        return new CheckResult(acknowledged.Count, lost, duplicated + conflicts, gaps, wrongSeq, clientsBehind, clientsMissing,
            histories.Values.Sum(h => h.Count));
    }

    private static async Task<List<(long, string?)>> ReadAllAsync(HttpClient http, Guid session, string token, CancellationToken cancellationToken)
    {
        var all = new List<(long, string?)>();
        long after = 0;
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/chat/sessions/{session}/messages?after_seq={after}&limit=200");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(request, cancellationToken);
            response.EnsureSuccessStatusCode();
            var page = (await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken))!;
            var items = page["items"]!.AsArray();
            foreach (var item in items)
            {
                all.Add((item!["seq"]!.GetValue<long>(), item["client_message_id"]?.GetValue<string>()));
            }
            if (items.Count == 0 || page["next_cursor"] is null)
            {
                return all;
            }
            after = all[^1].Item1;
        }
    }
}

/// <summary>
/// One check over everything so far. <see cref="ClientsMissing"/>: messages the sockets lack (or hold out of order).
/// </summary>
public sealed record CheckResult(int Acked, long Lost, long Duplicated, long Gaps, long WrongSeq, long ClientsBehind, long ClientsMissing,
    long HistoryMessages)
{
    public bool Clean => Lost == 0 && Duplicated == 0 && Gaps == 0 && WrongSeq == 0 && ClientsMissing == 0;
}
