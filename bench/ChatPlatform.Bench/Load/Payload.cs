using System.Text;

namespace ChatPlatform.Bench.Load;

/// <summary>The content of every benchmark message: "bench payload " and letters, exactly the asked length (ASCII).</summary>
public static class Payload
{
    public static string Text(int bytes)
    {
        var content = new StringBuilder("bench payload ", bytes);
        while (content.Length < bytes)
        {
            content.Append((char)('a' + content.Length % 26));
        }
        content.Length = bytes;
        return content.ToString();
    }
}
