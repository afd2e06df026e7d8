namespace ChatPlatform.Bench.Web;

/// <summary>
/// One page load as the browser's Performance API saw it, in ms from the navigation's start: the document's last
/// byte, DOMContentLoaded, load, first contentful paint, and when the app showed what the phase waits for (the
/// sign-in form, or a signed-in user's conversation list with a session in it); bytes over the wire for everything.
/// </summary>
public sealed record PageLoad(double ResponseEnd, double DomContentLoaded, double Load, double? FirstContentfulPaint, double Ready, long TransferBytes);
