namespace ChatPlatform.ServiceDefaults.Paging;

public static class KeysetPage
{
    /// <summary>Splits up to limit + 1 rows into the page and the cursor after it; the extra row only says more exist.</summary>
    public static (IReadOnlyList<TRow> Rows, string? NextCursor) Split<TRow>(IReadOnlyList<TRow> rows, int limit, Func<TRow, KeysetCursor> cursorOf)
    {
        if (rows.Count <= limit)
        {
            return (rows, null);
        }
        var page = rows.Take(limit).ToList();
        return (page, cursorOf(page[^1]).Encode());
    }
}
