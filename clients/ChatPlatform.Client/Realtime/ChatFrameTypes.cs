namespace ChatPlatform.Client.Realtime;

/// <summary>The <c>message_type</c> values of SPEC.md section 4.</summary>
public static class ChatFrameTypes
{
    public const string Text = "text";
    public const string Image = "image";
    public const string File = "file";
    public const string System = "system";
    public const string Ack = "ack";
    public const string Error = "error";
    public const string Typing = "typing";
    public const string Read = "read";
    public const string ReadReceipt = "read_receipt";
    public const string Presence = "presence";
    public const string Ping = "ping";
    public const string Pong = "pong";
    public const string Subscribe = "subscribe";
    public const string Unsubscribe = "unsubscribe";
    public const string MessageUpdated = "message_updated";
    public const string MessageDeleted = "message_deleted";
    public const string Reaction = "reaction";

    /// <summary>The values a server sends, so reading a frame's type allocates no string for them.</summary>
    internal static readonly string[] Known =
        [Text, Image, File, System, Ack, Error, Typing, ReadReceipt, Presence, Pong, MessageUpdated, MessageDeleted, Reaction];
}
