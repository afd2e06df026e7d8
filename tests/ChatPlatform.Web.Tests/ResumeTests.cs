using ChatPlatform.Web.Tests.Infrastructure;

namespace ChatPlatform.Web.Tests;

/// <summary>A network drop: the page says so, keeps what was written, and shows everything it missed once back.</summary>
[Collection(WebCollection.Name)]
public sealed class ResumeTests(WebPlatformFixture platform)
{
    [Fact]
    public async Task After_a_network_drop_the_missed_messages_arrive_once_in_order_and_the_unsent_one_is_delivered()
    {
        var tag = Guid.NewGuid().ToString("N")[..5];
        var gina = await WebUser.RegisterAsync(platform, $"Gina {tag}");
        var hugo = await WebUser.RegisterAsync(platform, $"Hugo {tag}");
        await gina.StartDirectChatAsync(hugo.DisplayName);
        await gina.SendAsync("before the drop");
        await hugo.OpenConversationAsync(gina.DisplayName);
        await hugo.ExpectMessageAsync("before the drop");

        await hugo.Page.Context.SetOfflineAsync(true);
        await Assertions.Expect(hugo.Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Offline" })).ToBeVisibleAsync();
        for (var i = 1; i <= 3; i++)
        {
            await gina.SendAsync($"missed {i}");
            await gina.ExpectMessageAsync($"missed {i}");
        }
        await hugo.SendAsync("written while offline");
        await Assertions.Expect(hugo.Messages.GetByText("Waiting for the connection…")).ToBeVisibleAsync();
        await Screens.CaptureAsync(hugo.Page, "offline");

        await hugo.Page.Context.SetOfflineAsync(false);

        await hugo.ExpectMessageAsync("missed 3");
        await gina.ExpectMessageAsync("written while offline");
        await Assertions.Expect(hugo.Messages.GetByText("Waiting for the connection…")).ToHaveCountAsync(0);
        var texts = await hugo.Messages.Locator(".message .content").AllInnerTextsAsync();
        Assert.Equal(["before the drop", "missed 1", "missed 2", "missed 3", "written while offline"], texts.Select(t => t.Trim()));

        await gina.Page.Context.CloseAsync();
        await hugo.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_expired_access_token_is_refreshed_silently_and_a_refused_refresh_asks_to_sign_in_again()
    {
        var ivy = await WebUser.RegisterAsync(platform, $"Ivy {Guid.NewGuid().ToString("N")[..5]}");

        // A bad access token: the first request answers 401, the app refreshes and carries on.
        await ivy.Page.EvaluateAsync("""
            () => { const a = JSON.parse(localStorage.getItem('chatplatform.auth')); a.accessToken = 'expired.token.value';
                    localStorage.setItem('chatplatform.auth', JSON.stringify(a)); }
            """);
        await ivy.Page.ReloadAsync();
        await ivy.Page.WaitForFunctionAsync("() => JSON.parse(localStorage.getItem('chatplatform.auth')).accessToken !== 'expired.token.value'");
        await Assertions.Expect(ivy.Page.GetByRole(AriaRole.Button, new() { Name = "New chat" })).ToBeVisibleAsync();
        await Assertions.Expect(ivy.Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "onnect" })).ToHaveCountAsync(0);

        // A refresh token that no longer works: a clear way back, not "reconnecting" forever.
        await ivy.Page.EvaluateAsync("""
            () => { const a = JSON.parse(localStorage.getItem('chatplatform.auth')); a.accessToken = 'expired.token.value';
                    a.refreshToken = 'revoked'; localStorage.setItem('chatplatform.auth', JSON.stringify(a)); }
            """);
        await ivy.Page.ReloadAsync();
        await Assertions.Expect(ivy.Page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Your sign-in has expired" })).ToBeVisibleAsync();
        await Assertions.Expect(ivy.Page.GetByLabel("Email")).ToHaveValueAsync(ivy.Email);
        await Screens.CaptureAsync(ivy.Page, "sign-in-expired");
        await ivy.Page.GetByLabel("Password").FillAsync(ivy.Password);
        await ivy.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).Last.ClickAsync();
        await Assertions.Expect(ivy.Page.GetByRole(AriaRole.Button, new() { Name = "New chat" })).ToBeVisibleAsync();
        await ivy.Page.Context.CloseAsync();
    }
}
