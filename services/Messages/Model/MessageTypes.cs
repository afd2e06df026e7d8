namespace ChatPlatform.Messages.Model;

public static class MessageTypes
{
    public const string Text = "text";
    public const string Image = "image";
    public const string File = "file";
    public const string System = "system";

    /// <summary>What a client may send; <see cref="System"/> messages are made by the server only.</summary>
    public static readonly IReadOnlySet<string> FromClients = new HashSet<string>([Text, Image, File], StringComparer.Ordinal);
}
