using Microsoft.Net.Http.Headers;

namespace ChatPlatform.Messages.Rules;

/// <summary>
/// The declared types an upload may have. Nothing a browser would run (HTML, SVG, JavaScript) is on the list, and
/// downloads go out as attachments with <c>nosniff</c>.
/// </summary>
public static class AttachmentContentTypes
{
    public const string OctetStream = "application/octet-stream";

    public static readonly IReadOnlySet<string> Images = new HashSet<string>(StringComparer.Ordinal)
    {
        "image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp",
    };

    public static readonly IReadOnlySet<string> Allowed = new HashSet<string>(Images, StringComparer.Ordinal)
    {
        OctetStream,
        "application/pdf", "application/json", "application/rtf",
        "text/plain", "text/csv", "text/markdown",
        "application/zip", "application/x-zip-compressed", "application/gzip", "application/x-tar", "application/x-7z-compressed",
        "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
        "application/vnd.oasis.opendocument.presentation",
        "audio/mpeg", "audio/ogg", "audio/wav", "audio/webm", "video/mp4", "video/webm",
    };

    /// <summary>
    /// The media type of a part's <c>Content-Type</c>, lower case and without parameters; none declared is
    /// <c>application/octet-stream</c>; unparsable is null.
    /// </summary>
    public static string? Normalise(string? declared)
    {
        if (string.IsNullOrWhiteSpace(declared))
        {
            return OctetStream;
        }
        return MediaTypeHeaderValue.TryParse(declared, out var parsed) && parsed.MediaType.HasValue && parsed.SubType != "*"
            ? parsed.MediaType.Value!.ToLowerInvariant()
            : null;
    }

    public static bool IsAllowed(string mediaType) => Allowed.Contains(mediaType);

    public static bool IsImage(string mediaType) => Images.Contains(mediaType);
}
