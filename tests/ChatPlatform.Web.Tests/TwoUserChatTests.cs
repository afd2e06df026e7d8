using ChatPlatform.Web.Tests.Infrastructure;

namespace ChatPlatform.Web.Tests;

/// <summary>Two people find each other by name and chat live, each in their own browser.</summary>
[Collection(WebCollection.Name)]
public sealed class TwoUserChatTests(WebPlatformFixture platform)
{
    [Fact]
    public async Task Two_users_find_each_other_by_name_and_chat_live_with_typing_receipts_and_unread_counts()
    {
        var tag = Guid.NewGuid().ToString("N")[..5];
        var alice = await WebUser.RegisterAsync(platform, $"Alice {tag}");
        var bob = await WebUser.RegisterAsync(platform, $"Bob {tag}", width: 375);
        await Assertions.Expect(bob.Page.GetByText("No conversations yet")).ToBeVisibleAsync();
        await Screens.CaptureAsync(bob.Page, "empty-session-list-phone");

        await alice.StartDirectChatAsync(bob.DisplayName);
        await alice.SendAsync("Hi Bob, are you there?");
        await alice.ExpectMessageAsync("Hi Bob, are you there?");

        // Bob's list gains the conversation live, with one unread message and its preview.
        var bobsList = bob.Page.GetByRole(AriaRole.Navigation, new() { Name = "Conversations" });
        await Assertions.Expect(bobsList.GetByRole(AriaRole.Link, new() { Name = $"{alice.DisplayName}, 1 unread" })).ToBeVisibleAsync();
        await Assertions.Expect(bobsList).ToContainTextAsync("Alice: Hi Bob, are you there?");
        await Screens.CaptureAsync(bob.Page, "session-list-phone");

        await bob.OpenConversationAsync(alice.DisplayName);
        await bob.ExpectMessageAsync("Hi Bob, are you there?");
        await Assertions.Expect(bob.Messages).ToContainTextAsync(alice.DisplayName);

        // Opening it marked it read: Alice sees the receipt.
        await Assertions.Expect(alice.Page.GetByText($"Seen by Bob")).ToBeVisibleAsync();

        await bob.Composer.PressSequentiallyAsync("Hello Ali");
        await Assertions.Expect(alice.Page.GetByText("Bob is typing…")).ToBeVisibleAsync();
        await bob.Composer.PressSequentiallyAsync("ce");
        await bob.Composer.PressAsync("Enter");
        await alice.ExpectMessageAsync("Hello Alice");
        await Assertions.Expect(alice.Page.GetByText("Bob is typing…")).ToBeHiddenAsync();

        // Shift+Enter is a new line, Enter sends.
        await alice.Composer.FillAsync("first line");
        await alice.Composer.PressAsync("Shift+Enter");
        await alice.Composer.PressSequentiallyAsync("second line");
        await Assertions.Expect(alice.Composer).ToHaveValueAsync("first line\nsecond line");
        await alice.Composer.PressAsync("Enter");
        await bob.ExpectMessageAsync("first line\nsecond line");
        await Assertions.Expect(alice.Composer).ToHaveValueAsync("");

        // At phone width the whole composer, Send included, is on screen.
        var send = bob.Page.GetByRole(AriaRole.Button, new() { Name = "Send" });
        await Assertions.Expect(send).ToBeInViewportAsync(new() { Ratio = 1 });
        await Screens.CaptureAsync(alice.Page, "conversation");
        await Screens.CaptureAsync(bob.Page, "conversation-phone");

        // Back on the list (one pane at a time at phone width), nothing of Alice's is unread: Bob read it all, the last
        // message too, although he left the conversation right after it came.
        await bob.Page.GetByRole(AriaRole.Link, new() { Name = "Back to conversations" }).ClickAsync();
        await Assertions.Expect(bobsList.GetByRole(AriaRole.Link, new() { Name = alice.DisplayName, Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(bobsList).ToContainTextAsync("Alice: first line");

        // Alice sees the receipt live; after a reload it comes from the stored read cursors, as no frame comes again.
        await Assertions.Expect(alice.Page.GetByText("Seen by Bob")).ToBeVisibleAsync();
        await alice.Page.ReloadAsync();
        await alice.ExpectMessageAsync("first line\nsecond line");
        await Assertions.Expect(alice.Page.GetByText("Seen by Bob")).ToBeVisibleAsync();

        await alice.Page.Context.CloseAsync();
        await bob.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task Reactions_replies_edits_deletes_and_mentions_reach_the_other_side_live()
    {
        var tag = Guid.NewGuid().ToString("N")[..5];
        var carol = await WebUser.RegisterAsync(platform, $"Carol {tag}");
        var dave = await WebUser.RegisterAsync(platform, $"Dave {tag}");
        await carol.StartDirectChatAsync(dave.DisplayName);
        await carol.SendAsync("Lunch at noon?");
        await dave.OpenConversationAsync(carol.DisplayName);
        await dave.ExpectMessageAsync("Lunch at noon?");

        // Dave replies to it and reacts with a thumbs up. The reply quotes the text, so the original is the first match.
        var lunch = dave.Messages.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Lunch at noon?" }).First;
        await lunch.HoverAsync();
        await lunch.GetByRole(AriaRole.Button, new() { Name = "Reply" }).ClickAsync();
        await dave.SendAsync("Yes, see you there");
        await lunch.HoverAsync();
        await lunch.GetByText("☺+").ClickAsync();
        await lunch.GetByRole(AriaRole.Button, new() { Name = "React with 👍" }).ClickAsync();
        var carolsLunch = carol.Messages.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Lunch at noon?" }).First;
        await Assertions.Expect(carolsLunch.GetByRole(AriaRole.Button, new() { Name = "👍 1, toggle your reaction" })).ToBeVisibleAsync();
        await Assertions.Expect(carol.Messages.Locator(".reply-quote").Filter(new() { HasText = "Lunch at noon?" })).ToBeVisibleAsync();

        // Carol mentions Dave through the autocomplete; Dave's copy is highlighted as his mention.
        await carol.Composer.PressSequentiallyAsync("Great @Dav");
        await carol.Page.GetByRole(AriaRole.Option).Filter(new() { HasText = dave.DisplayName }).WaitForAsync();
        await carol.Composer.PressAsync("Enter");
        await Assertions.Expect(carol.Composer).ToHaveValueAsync($"Great @Dave{tag} ");
        await carol.Composer.PressSequentiallyAsync("bring the slides");
        await carol.Composer.PressAsync("Enter");
        await Assertions.Expect(dave.Messages.Locator(".mention.me", new() { HasText = $"@Dave{tag}" })).ToBeVisibleAsync();

        // Carol edits her first message, then deletes it: Dave sees both live.
        var carolsFirst = carol.Messages.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Lunch at noon?" }).First;
        await carolsFirst.HoverAsync();
        await carolsFirst.GetByRole(AriaRole.Button, new() { Name = "Edit" }).ClickAsync();
        await carol.Composer.FillAsync("Lunch at one?");
        await carol.Composer.PressAsync("Enter");
        await dave.ExpectMessageAsync("Lunch at one? (edited)");
        var edited = carol.Messages.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Lunch at one?" }).First;
        carol.Page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await edited.HoverAsync();
        await edited.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await Assertions.Expect(dave.Messages.GetByText("Message deleted").First).ToBeVisibleAsync();

        await carol.Page.Context.CloseAsync();
        await dave.Page.Context.CloseAsync();
    }
}
