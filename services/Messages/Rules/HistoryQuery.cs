using System.Globalization;

namespace ChatPlatform.Messages.Rules;

/// <summary>
/// One page of history. Newest first by default (optionally below <see cref="BeforeSeq"/>); with
/// <see cref="AfterSeq"/> oldest first (catch-up). Both together select the range between them, oldest first.
/// </summary>
public sealed record HistoryQuery(int Limit, long? BeforeSeq, long? AfterSeq)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public bool OldestFirst => AfterSeq is not null;

    /// <summary>Reads the query string; empty values count as absent (<c>?before_seq=&amp;after_seq=</c>).</summary>
    public static (HistoryQuery? Query, Dictionary<string, string[]> Errors) Parse(string? limit, string? beforeSeq, string? afterSeq)
    {
        var errors = new Dictionary<string, string[]>();
        var pageSize = DefaultLimit;
        if (!string.IsNullOrWhiteSpace(limit)
            && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) || pageSize is < 1 or > MaxLimit))
        {
            errors["limit"] = [$"limit must be a whole number from 1 to {MaxLimit}."];
        }
        var before = ParseSeq("before_seq", beforeSeq, errors);
        var after = ParseSeq("after_seq", afterSeq, errors);
        return errors.Count > 0 ? (null, errors) : (new HistoryQuery(pageSize, before, after), errors);
    }

    /// <summary>
    /// Given the seqs of up to <c>Limit + 1</c> rows read in page order, how many to return and the cursor for
    /// the next page: the last returned seq (pass it as before_seq, or as after_seq when reading oldest first),
    /// or null when nothing is left.
    /// </summary>
    public (int Take, string? NextCursor) Page(IReadOnlyList<long> fetchedSeqs)
    {
        if (fetchedSeqs.Count <= Limit)
        {
            return (fetchedSeqs.Count, null);
        }
        return (Limit, fetchedSeqs[Limit - 1].ToString(CultureInfo.InvariantCulture));
    }

    private static long? ParseSeq(string field, string? value, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seq))
        {
            return seq;
        }
        errors[field] = [$"{field} must be a seq (a whole number, 0 or more)."];
        return null;
    }
}
