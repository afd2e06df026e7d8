using System.Net.Sockets;
using System.Text;

namespace ChatPlatform.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Sends a request exactly as written, bytes no HTTP client would send (a <c>%00</c> path), and reads the answer
/// up to the close of the connection.
/// </summary>
public static class RawHttp
{
    public sealed record Answer(int Status, string Head, string Body);

    public static async Task<Answer> SendAsync(Uri server, string requestLineAndHeaders)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port, timeout.Token);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(requestLineAndHeaders + $"Host: {server.Authority}\r\nConnection: close\r\n\r\n"), timeout.Token);
        using var answer = new MemoryStream();
        await stream.CopyToAsync(answer, timeout.Token);
        var text = Encoding.UTF8.GetString(answer.ToArray());
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = split < 0 ? text : text[..split];
        return new Answer(int.Parse(head.Split(' ')[1]), head, split < 0 ? string.Empty : text[(split + 4)..]);
    }
}
