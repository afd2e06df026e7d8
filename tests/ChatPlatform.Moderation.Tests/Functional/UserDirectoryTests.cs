using System.Net;
using ChatPlatform.Moderation.Application.Users;
using ChatPlatform.Moderation.Infrastructure.Peers;
using ChatPlatform.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatPlatform.Moderation.Tests.Functional;

/// <summary>
/// Whether a block target exists: the projection in real PostgreSQL first, then Identity (answered here by a stub
/// HTTP handler standing in for the Identity service).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class UserDirectoryTests(PostgresServer server) : IAsyncLifetime
{
    private readonly ModerationDatabase _database = new(server);
    private int _identityCalls;

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task A_registered_user_is_known_without_asking_Identity_and_registering_twice_is_harmless()
    {
        var userId = Guid.CreateVersion7();
        await using var db = _database.CreateContext();
        var directory = Directory(db, _ => throw new InvalidOperationException("Identity must not be asked."));

        await directory.RememberAsync(userId, "Bob", CancellationToken.None);
        await directory.RememberAsync(userId, "Bob again", CancellationToken.None);

        Assert.True(await directory.MayExistAsync(userId, "Bearer x", CancellationToken.None));
        Assert.Equal("Bob", (await db.Users.SingleAsync(u => u.Id == userId)).DisplayName);
    }

    [Fact]
    public async Task An_unknown_id_is_checked_with_Identity_and_a_confirmed_account_is_remembered()
    {
        var userId = Guid.CreateVersion7();
        await using var db = _database.CreateContext();
        var directory = Directory(db, request =>
        {
            Assert.Equal($"/api/v1/auth/users/{userId}", request.RequestUri!.AbsolutePath);
            Assert.Equal("Bearer caller-token", request.Headers.Authorization!.ToString());
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent($$"""{"id":"{{userId}}","display_name":"Carol"}""") };
        });

        Assert.True(await directory.MayExistAsync(userId, "Bearer caller-token", CancellationToken.None));
        Assert.True(await directory.MayExistAsync(userId, "Bearer caller-token", CancellationToken.None));

        Assert.Equal(1, _identityCalls);
        Assert.Equal("Carol", (await db.Users.SingleAsync(u => u.Id == userId)).DisplayName);
    }

    [Fact]
    public async Task An_id_Identity_does_not_know_does_not_exist()
    {
        await using var db = _database.CreateContext();
        var directory = Directory(db, _ => new HttpResponseMessage(HttpStatusCode.NotFound));

        Assert.False(await directory.MayExistAsync(Guid.CreateVersion7(), "Bearer x", CancellationToken.None));
    }

    [Fact]
    public async Task When_Identity_cannot_answer_the_id_gets_the_benefit_of_the_doubt_but_is_not_remembered()
    {
        var userId = Guid.CreateVersion7();
        await using var db = _database.CreateContext();
        var directory = Directory(db, _ => throw new HttpRequestException("connection refused"));

        Assert.True(await directory.MayExistAsync(userId, "Bearer x", CancellationToken.None));
        Assert.False(await db.Users.AnyAsync(u => u.Id == userId));
    }

    private UserDirectory Directory(Infrastructure.ModerationDbContext db, Func<HttpRequestMessage, HttpResponseMessage> identity)
    {
        var http = new HttpClient(new StubHandler(request =>
        {
            Interlocked.Increment(ref _identityCalls);
            return identity(request);
        })) { BaseAddress = new Uri("http://identity") };
        return new UserDirectory(db, new IdentityClient(http, NullLogger<IdentityClient>.Instance), TimeProvider.System);
    }

    private sealed class StubHandler(Func<HttpRequestMessage, HttpResponseMessage> respond) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(respond(request));
    }
}
