using System.Globalization;
using System.Text;
using System.Text.Json;
using ChatPlatform.Bench.Reporting;
using static ChatPlatform.Bench.Reporting.TableFormat;

namespace ChatPlatform.Bench.Idle;

/// <summary>The table and the one-line JSON of an idle invocation (M4).</summary>
public sealed record IdleReport
{
    public string Bench => "chatplatform-idle-ws";
    public required DateTimeOffset StartedAt { get; init; }
    public required MachineInfo Machine { get; init; }
    public required BenchOptions Options { get; init; }
    public IdleResult? Result { get; init; }
    public string? PlatformError { get; init; }

    public string ToJsonLine() => JsonSerializer.Serialize(this, BenchJson.Options);

    public string ToTable()
    {
        var text = new StringBuilder();
        text.AppendLine();
        if (Result is { } r)
        {
            text.AppendLine($"Idle WebSockets through the gateway (/api/v1/chat/ws?token=..., the all-sessions socket): {r.Users:N0} users in {r.Sessions:N0} group sessions, socket k as user k mod {r.Users:N0}.");
            text.AppendLine(string.Format(CultureInfo.InvariantCulture,
                "  opened {0:N0} of {1:N0} in {2:F1} s: {3:N1} handshakes/s ({4} at a time); handshake p50 {5} ms, p99 {6} ms, max {7} ms; {8:N0} failed",
                r.Opened, r.Requested, r.ConnectSeconds, r.HandshakesPerSecond, r.ConnectConcurrency, Ms(r.HandshakeMs.P50), Ms(r.HandshakeMs.P99),
                Ms(r.HandshakeMs.Max), r.Attempted - r.Opened));
            foreach (var (error, count) in r.Failures)
            {
                text.AppendLine($"    {count:N0} x {error}");
            }
            if (r.StoppedBecause is not null)
            {
                text.AppendLine($"    stopped opening: {r.StoppedBecause}");
            }
            text.AppendLine($"  held {r.HeldSeconds:0.#} s: {r.OpenAtEnd:N0} still open, {r.EndedEarly:N0} ended early"
                + (r.FirstEnd is null ? "" : $" (first: {r.FirstEnd})") + $", {r.PingsSent:N0} application pings sent, {r.FramesReceived:N0} frames received");
            text.AppendLine();
            text.AppendLine("Memory (RSS before opening -> after holding; KB/conn = RSS growth / connections the process holds:");
            text.AppendLine("        a Presence replica its own new sockets, the others every open connection):");
            text.AppendLine(string.Format(CultureInfo.InvariantCulture, "{0,-18}{1,8}{2,13}{3,13}{4,11}{5,10}{6,9}{7,10}{8,12}",
                "process", "pid", "RSS before", "RSS after", "growth MB", "sockets+", "conns", "KB/conn", "open files"));
            foreach (var p in r.Processes)
            {
                text.AppendLine(string.Format(CultureInfo.InvariantCulture, "{0,-18}{1,8}{2,10:0.0} MB{3,10:0.0} MB{4,11:0.0}{5,10}{6,9}{7,10}{8,12}",
                    p.Name, p.Pid, p.RssBeforeBytes / 1048576.0, p.RssAfterBytes / 1048576.0, (p.RssAfterBytes - p.RssBeforeBytes) / 1048576.0,
                    p.SocketsAfter - p.SocketsBefore, p.Connections, p.KbPerConnection?.ToString("0.0", CultureInfo.InvariantCulture) ?? "-",
                    p.OpenFilesLimit?.ToString(CultureInfo.InvariantCulture) ?? "?"));
            }
            text.AppendLine();
            text.AppendLine(r.EphemeralPorts is { } ports
                ? $"Ephemeral ports {ports.Low}-{ports.High}: {ports.Size:N0} connections per destination address."
                : "Ephemeral port range unknown.");
            foreach (var note in r.LimitNotes)
            {
                text.AppendLine(note);
            }
        }
        if (PlatformError is not null)
        {
            text.AppendLine($"Did not run: {PlatformError}");
        }
        return text.ToString();
    }
}
