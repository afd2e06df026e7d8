using ChatPlatform.EndToEnd.Tests.Infrastructure;
using ChatPlatform.EndToEnd.Tests.Messages;
using ChatPlatform.EndToEnd.Tests.Sessions;

namespace ChatPlatform.EndToEnd.Tests.RichMessaging;

/// <summary>SPEC.md section 5 content policy, configured through the AppHost (PlatformFixture's ContentPolicy args).</summary>
[Collection(PlatformCollection.Name)]
public sealed class ContentPolicyTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_message_with_a_reject_term_is_400_validation_failed_on_content_and_not_stored()
    {
        var alice = await TestUser.RegisterAsync(platform, "policy");
        var session = await alice.CreateSessionAsync("Policy");

        var response = await alice.PostMessageAsync(session.Id(), new { message_type = "text", content = $"you are a {platform.BannedTerm.ToUpperInvariant()}!" });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal("contains a banned term", problem["errors"]!["content"]![0]!.GetValue<string>());
        Assert.Empty((await alice.HistoryAsync(session.Id()))["items"]!.AsArray());
    }

    [Fact]
    public async Task A_mask_term_is_stored_and_returned_as_stars_of_the_same_length()
    {
        var alice = await TestUser.RegisterAsync(platform, "masker");
        var session = await alice.CreateSessionAsync("Mask");

        var sent = await alice.SendAsync(session.Id(), $"well {platform.MaskedTerm}, that is that");

        var masked = $"well {new string('*', platform.MaskedTerm.Length)}, that is that";
        Assert.Equal(masked, sent["content"]!.GetValue<string>());
        Assert.Equal([masked], (await alice.HistoryAsync(session.Id())).Contents());
    }

    [Fact]
    public async Task Content_of_4001_characters_is_400_and_4000_is_accepted()
    {
        var alice = await TestUser.RegisterAsync(platform, "long");
        var session = await alice.CreateSessionAsync("Long");

        var tooLong = await alice.PostMessageAsync(session.Id(), new { message_type = "text", content = new string('x', 4001) });
        var problem = await ProblemAssert.IsProblemAsync(tooLong, HttpStatusCode.BadRequest, "validation_failed");
        Assert.NotNull(problem["errors"]!["content"]);

        var longest = await alice.SendAsync(session.Id(), new string('x', 4000));
        Assert.Equal(4000, longest["content"]!.GetValue<string>().Length);
    }

    [Fact]
    public async Task Edits_obey_the_policy_too()
    {
        var alice = await TestUser.RegisterAsync(platform, "editpolicy");
        var session = await alice.CreateSessionAsync("Edit policy");
        var sent = await alice.SendAsync(session.Id(), "clean");

        var rejected = await alice.EditAsync(sent.Id(), $"now {platform.BannedTerm}");
        await ProblemAssert.IsProblemAsync(rejected, HttpStatusCode.BadRequest, "validation_failed");

        var masked = await (await alice.EditAsync(sent.Id(), $"now {platform.MaskedTerm}")).BodyAsync(HttpStatusCode.OK);
        Assert.Equal($"now {new string('*', platform.MaskedTerm.Length)}", masked["content"]!.GetValue<string>());
    }
}
