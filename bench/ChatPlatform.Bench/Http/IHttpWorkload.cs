using System.Net;
using ChatPlatform.Bench.Platform;

namespace ChatPlatform.Bench.Http;

/// <summary>What a closed-loop mode asks of the platform (history pages, REST sends) and what it calls success.</summary>
public interface IHttpWorkload
{
    /// <summary>The report's <c>bench</c> name in the JSON line.</summary>
    string Bench { get; }

    /// <summary>The header line: what runs, with which load.</summary>
    string Description { get; }

    /// <summary>What one request is, for the CPU line and the table ("req", "msg").</summary>
    string OperationUnit { get; }

    HttpStatusCode Expected { get; }

    /// <summary>The per-user request rate the clients keep under, and why.</summary>
    double PerUserPerSecond { get; }

    string PacingReason { get; }

    /// <summary>Anything the workload needs beyond the users and sessions (e.g. seeding history); returns a line for the report.</summary>
    Task<string> PrepareAsync(BootedPlatform platform, TextWriter log, CancellationToken cancellationToken);

    /// <summary>The next request of <paramref name="user"/>; <paramref name="tag"/> and <paramref name="sequence"/> make it unique.</summary>
    HttpRequestMessage Create(BenchUser user, string tag, long sequence);
}
