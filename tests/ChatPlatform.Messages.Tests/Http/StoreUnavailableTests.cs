using System.Net;
using System.Net.Sockets;
using ChatPlatform.ServiceDefaults.Problems;
using Npgsql;

namespace ChatPlatform.Messages.Tests.Http;

/// <summary>
/// What the fault harness found (docs/reliability.md): with PostgreSQL killed, sends answered 500 <c>internal_error</c>.
/// A store that cannot be reached is a 503 <c>service_unavailable</c> the client retries; a real PostgreSQL error
/// (a bug, not an outage) stays a 500.
/// </summary>
public sealed class StoreUnavailableTests
{
    [Fact]
    public async Task A_refused_PostgreSQL_connection_counts_as_unavailable_even_wrapped()
    {
        var port = ClosedPort();
        await using var connection = new NpgsqlConnection($"Host=127.0.0.1;Port={port};Username=x;Password=x;Timeout=2;Pooling=false");
        var refused = await Assert.ThrowsAsync<NpgsqlException>(() => connection.OpenAsync());

        Assert.True(StoreUnavailableProblemHandler.IsStoreUnavailable(refused));
        Assert.True(StoreUnavailableProblemHandler.IsStoreUnavailable(new InvalidOperationException("wrapped by EF Core", refused)));
    }

    [Fact]
    public void A_PostgreSQL_error_such_as_a_unique_violation_is_not_unavailability()
    {
        var violation = new PostgresException("duplicate key value violates unique constraint", "ERROR", "ERROR", PostgresErrorCodes.UniqueViolation);

        Assert.False(StoreUnavailableProblemHandler.IsStoreUnavailable(violation));
        Assert.False(StoreUnavailableProblemHandler.IsStoreUnavailable(new InvalidOperationException("a bug")));
    }

    [Fact]
    public void A_peer_that_cannot_answer_is_unavailability_and_one_that_refuses_is_not()
    {
        Assert.True(StoreUnavailableProblemHandler.IsStoreUnavailable(new Polly.CircuitBreaker.BrokenCircuitException()));
        Assert.True(StoreUnavailableProblemHandler.IsStoreUnavailable(new Polly.Timeout.TimeoutRejectedException()));
        Assert.True(StoreUnavailableProblemHandler.IsStoreUnavailable(new HttpRequestException("refused")));
        Assert.True(StoreUnavailableProblemHandler.IsStoreUnavailable(new HttpRequestException("down", null, HttpStatusCode.ServiceUnavailable)));
        Assert.False(StoreUnavailableProblemHandler.IsStoreUnavailable(new HttpRequestException("bad request", null, HttpStatusCode.BadRequest)));
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
