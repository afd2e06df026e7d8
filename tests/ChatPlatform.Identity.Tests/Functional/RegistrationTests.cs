using System.Text;
using ChatPlatform.Contracts;
using ChatPlatform.Identity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Identity.Tests.Functional;

[Collection(IdentityCollection.Name)]
public sealed class RegistrationTests(IdentityServiceFixture service)
{
    [Fact]
    public async Task Registering_returns_201_with_the_user_and_publishes_UserRegistered()
    {
        var client = service.CreateClient();
        var email = IdentityClient.NewEmail("Alice");

        var response = await client.RegisterAsync(email, displayName: "Alice");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var user = await response.ReadJsonAsync();
        var id = Guid.Parse(user["id"]!.GetValue<string>());
        Assert.Equal(email, user["email"]!.GetValue<string>());
        Assert.Equal("Alice", user["display_name"]!.GetValue<string>());
        Assert.Equal(["user"], user["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.True(DateTimeOffset.UtcNow - user["created_at"]!.GetValue<DateTimeOffset>() < TimeSpan.FromMinutes(1));
        Assert.Equal(["created_at", "display_name", "email", "id", "roles"], user.Select(p => p.Key).Order());
        Assert.Equal($"/api/v1/auth/users/{id}", response.Headers.Location?.OriginalString);

        var published = await service.Events.WaitForAsync<UserRegistered>(e => e.UserId == id);
        Assert.Equal(email, published.Email);
        Assert.Equal(["user"], published.Roles);
    }

    [Fact]
    public async Task The_same_email_in_another_case_is_a_409_conflict()
    {
        var client = service.CreateClient();
        var email = IdentityClient.NewEmail("bob");
        await client.RegisterAsync(email);

        var response = await client.RegisterAsync(email.ToUpperInvariant());

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict, "conflict");
    }

    [Fact]
    public async Task Invalid_fields_are_a_400_validation_failed_listing_each_field()
    {
        var response = await service.CreateClient().RegisterAsync("not-an-email", "short", "");

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "validation_failed");
        var errors = problem["errors"]!.AsObject();
        Assert.Equal(["display_name", "email", "password"], errors.Select(e => e.Key).Order());
    }

    [Theory]
    [InlineData("{\"email\":")]
    [InlineData("[1,2]")]
    [InlineData("{\"email\": 42, \"password\": \"12345678\", \"display_name\": \"x\"}")]
    [InlineData("")]
    public async Task An_unreadable_body_is_a_400_validation_failed_not_a_500(string body)
    {
        var response = await service.CreateClient().PostAsync("/api/v1/auth/register", new StringContent(body, Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task A_retry_with_the_same_idempotency_key_returns_the_first_result()
    {
        var client = service.CreateClient();
        var email = IdentityClient.NewEmail("carol");
        client.DefaultRequestHeaders.Add("Idempotency-Key", Guid.NewGuid().ToString());

        var first = await client.RegisterAsync(email);
        var retry = await client.RegisterAsync(email);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal((await first.ReadJsonAsync()).ToJsonString(), (await retry.ReadJsonAsync()).ToJsonString());
        Assert.Equal(1, await service.QueryAsync(db => db.Users.CountAsync(u => u.NormalizedEmail == email.ToLowerInvariant())));
    }

    [Fact]
    public async Task Reusing_an_idempotency_key_for_a_different_request_is_refused()
    {
        var client = service.CreateClient();
        client.DefaultRequestHeaders.Add("Idempotency-Key", Guid.NewGuid().ToString());
        await client.RegisterAsync(IdentityClient.NewEmail("dave"));

        var response = await client.RegisterAsync(IdentityClient.NewEmail("erin"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity, "validation_failed");
    }

    [Fact]
    public async Task Concurrent_registrations_of_one_email_create_exactly_one_account()
    {
        var email = IdentityClient.NewEmail("race");

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => service.CreateClient().RegisterAsync(email)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
    }

    [Fact]
    public async Task Concurrent_retries_with_one_idempotency_key_all_return_the_one_account()
    {
        var email = IdentityClient.NewEmail("retry");
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ =>
        {
            var client = service.CreateClient();
            client.DefaultRequestHeaders.Add("Idempotency-Key", key);
            return client.RegisterAsync(email);
        }));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var ids = await Task.WhenAll(responses.Select(async r => (await r.ReadJsonAsync())["id"]!.GetValue<string>()));
        Assert.Single(ids.Distinct());
    }
}
