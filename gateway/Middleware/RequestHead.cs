namespace ChatPlatform.Gateway.Middleware;

/// <summary>Whether a request's head is within <see cref="RequestLimitOptions"/>, and what is wrong when it is not.</summary>
public static class RequestHead
{
    /// <param name="rawTarget">The request target as sent (<c>IHttpRequestFeature.RawTarget</c>): path and query, still encoded.</param>
    /// <returns>Null when within the limits, else the status (414 or 431) and a detail for the problem.</returns>
    public static (int Status, string Detail)? Check(string rawTarget, IHeaderDictionary headers, RequestLimitOptions limits)
    {
        if (rawTarget.Length > limits.MaxRequestTargetLength)
        {
            return (StatusCodes.Status414UriTooLong,
                $"The request target (path and query) is longer than {limits.MaxRequestTargetLength} bytes.");
        }
        var (count, size) = Measure(headers);
        if (count > limits.MaxRequestHeaderCount)
        {
            return (StatusCodes.Status431RequestHeaderFieldsTooLarge,
                $"The request has more than {limits.MaxRequestHeaderCount} header fields.");
        }
        if (size > limits.MaxRequestHeadersTotalSize)
        {
            return (StatusCodes.Status431RequestHeaderFieldsTooLarge,
                $"The request headers are larger than {limits.MaxRequestHeadersTotalSize} bytes in total.");
        }
        return null;
    }

    /// <summary>Header lines and their size as Kestrel counts it: <c>name: value</c> and CRLF for each line.</summary>
    internal static (int Lines, long Bytes) Measure(IHeaderDictionary headers)
    {
        var lines = 0;
        var bytes = 0L;
        foreach (var (name, values) in headers)
        {
            foreach (var value in values)
            {
                lines++;
                bytes += name.Length + 2 + (value?.Length ?? 0) + 2;
            }
        }
        return (lines, bytes);
    }
}
