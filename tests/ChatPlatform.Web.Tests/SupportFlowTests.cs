using ChatPlatform.Web.Tests.Infrastructure;

namespace ChatPlatform.Web.Tests;

/// <summary>The support desk in the browser: customer, agent and admin, each in their own context.</summary>
[Collection(WebCollection.Name)]
public sealed class SupportFlowTests(WebPlatformFixture platform)
{
    [Fact]
    public async Task A_customer_asks_for_help_an_agent_accepts_from_the_queue_answers_with_a_canned_response_and_an_image_and_the_rating_reaches_the_admin()
    {
        var tag = Guid.NewGuid().ToString("N")[..5];
        var subject = $"My order never arrived {tag}";
        var customer = await WebUser.RegisterAsync(platform, $"Erin {tag}");
        await customer.Page.GetByRole(AriaRole.Button, new() { Name = "Get help" }).ClickAsync();
        await customer.Page.GetByRole(AriaRole.Dialog).GetByLabel("Subject").FillAsync(subject);
        await customer.Page.GetByRole(AriaRole.Button, new() { Name = "Start chat" }).ClickAsync();
        await Assertions.Expect(customer.Page.Locator(".status-pill.waiting")).ToBeVisibleAsync();
        await customer.SendAsync("Hello, order 1234 has not arrived.");

        var agent = await WebUser.SignInAsync(platform, "Agent", platform.AgentEmail, platform.AgentPassword);
        await agent.Page.GetByRole(AriaRole.Link, new() { Name = "Queue" }).ClickAsync();

        // A canned response with a variable, saved from the console.
        var form = agent.Page.Locator("form", new() { Has = agent.Page.GetByText("New canned response") });
        await form.GetByLabel("Title").FillAsync("Greeting");
        await form.GetByLabel("Shortcut").FillAsync($"hi{tag}");
        await form.GetByLabel("Text").FillAsync("Hi {{customer_name}}, I am looking into it now.");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(agent.Page.GetByText($"/hi{tag}")).ToBeVisibleAsync();

        var row = agent.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = subject });
        await Assertions.Expect(row).ToContainTextAsync(customer.DisplayName);
        await Assertions.Expect(row).ToContainTextAsync(" s");
        await Screens.CaptureAsync(agent.Page, "agent-queue");
        await row.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
        await agent.ExpectMessageAsync("Hello, order 1234 has not arrived.");
        await Assertions.Expect(customer.Page.Locator(".status-pill.assigned")).ToBeVisibleAsync();

        await agent.Composer.PressSequentiallyAsync($"/hi{tag}");
        await agent.Page.GetByRole(AriaRole.Option).Filter(new() { HasText = "Greeting" }).WaitForAsync();
        await agent.Composer.PressAsync("Enter");
        await Assertions.Expect(agent.Composer).ToHaveValueAsync($"Hi {customer.DisplayName}, I am looking into it now.");
        await agent.Composer.PressAsync("Enter");
        await customer.ExpectMessageAsync($"Hi {customer.DisplayName}, I am looking into it now.");

        await agent.Page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "parcel.png", MimeType = "image/png", Buffer = TestImage.Png(240, 150) });
        await Assertions.Expect(agent.Page.GetByRole(AriaRole.List, new() { Name = "Attachments" })).ToContainTextAsync("parcel.png");
        await agent.Composer.FillAsync("Here is the parcel scan.");
        await agent.Composer.PressAsync("Enter");
        var image = customer.Messages.GetByRole(AriaRole.Img, new() { Name = "parcel.png" });
        await Assertions.Expect(image).ToBeVisibleAsync();
        Assert.Equal(240, await image.EvaluateAsync<int>("img => img.naturalWidth"));
        await Screens.CaptureAsync(customer.Page, "support-chat-customer");
        await Screens.CaptureAsync(agent.Page, "support-chat-agent");

        // The customer ends the chat with a rating.
        await customer.Page.GetByRole(AriaRole.Button, new() { Name = "End chat" }).ClickAsync();
        var dialog = customer.Page.GetByRole(AriaRole.Dialog);
        await dialog.Locator("label.star", new() { HasText = "5 of 5" }).ClickAsync();
        await dialog.GetByLabel("Comment (optional)").FillAsync("Quick and kind.");
        await Screens.CaptureAsync(customer.Page, "rating");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "End chat" }).ClickAsync();
        await Assertions.Expect(customer.Page.GetByText("This conversation is closed. Rated 5/5.")).ToBeVisibleAsync();

        // The admin dashboard shows the session, its times and the rating.
        var admin = await WebUser.SignInAsync(platform, "Admin", platform.AdminEmail, platform.AdminPassword);
        await admin.Page.GetByRole(AriaRole.Link, new() { Name = "Admin" }).ClickAsync();
        var recent = admin.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = subject });
        await Assertions.Expect(recent).ToContainTextAsync("closed");
        await Assertions.Expect(recent).ToContainTextAsync("5 of 5");
        await Assertions.Expect(admin.Page.GetByRole(AriaRole.Group, new() { Name = "Support numbers" })).ToContainTextAsync("CSAT");
        await Assertions.Expect(admin.Page.GetByRole(AriaRole.Group, new() { Name = "Live numbers" })).Not.ToContainTextAsync("–");
        await admin.Page.GetByLabel("Action").FillAsync("session_closed");
        await admin.Page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Assertions.Expect(admin.Page.Locator("table.audit tbody tr").First).ToContainTextAsync("session_closed");
        await Screens.CaptureAsync(admin.Page, "admin-dashboard");

        foreach (var user in new[] { customer, agent, admin })
        {
            await user.Page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task An_agent_who_loses_the_accept_race_is_told_kindly_and_the_session_leaves_the_queue()
    {
        var tag = Guid.NewGuid().ToString("N")[..5];
        var subject = $"Race {tag}";
        var customer = await TestUser.RegisterAsync(platform, $"frank{tag}");
        var created = await customer.Http.PostAsJsonAsync("/api/v1/chat/sessions", new { title = subject, kind = "support" });
        var sessionId = (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        var agent = await WebUser.SignInAsync(platform, "Agent", platform.AgentEmail, platform.AgentPassword);
        await agent.Page.GetByRole(AriaRole.Link, new() { Name = "Queue" }).ClickAsync();
        var row = agent.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = subject });
        await Assertions.Expect(row).ToBeVisibleAsync();

        // Another agent (the admin, through the API) wins while this one still sees the row.
        var admin = await TestUser.LoginAsync(platform, platform.AdminEmail, platform.AdminPassword);
        Assert.Equal(HttpStatusCode.OK, (await admin.Http.PostAsync($"/api/v1/chat/sessions/{sessionId}/accept", null)).StatusCode);
        await row.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();

        await Assertions.Expect(agent.Page.GetByText($"Another agent has just taken “{subject}”")).ToBeVisibleAsync();
        await Assertions.Expect(row).ToHaveCountAsync(0);
        await agent.Page.Context.CloseAsync();
    }
}
