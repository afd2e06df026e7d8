using System.Text.RegularExpressions;

namespace ChatPlatform.Web.Tests.Infrastructure;

/// <summary>A person using the web app in their own browser context, doing what they would do with mouse and keys.</summary>
public sealed partial class WebUser(IPage page, string displayName, string email, string password)
{
    public IPage Page { get; } = page;
    public string DisplayName { get; } = displayName;
    public string Email { get; } = email;
    public string Password { get; } = password;

    public static async Task<WebUser> RegisterAsync(WebPlatformFixture platform, string displayName, int width = 1280)
    {
        var page = await platform.NewPageAsync(width);
        var email = $"{displayName.Replace(' ', '.').ToLowerInvariant()}-{Guid.NewGuid():N}@example.test";
        const string password = "correct-horse-battery";
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Create account" }).ClickAsync();
        await page.GetByLabel("Your name").FillAsync(displayName);
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).Last.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        return new WebUser(page, displayName, email, password);
    }

    public static async Task<WebUser> SignInAsync(WebPlatformFixture platform, string displayName, string email, string password, int width = 1280)
    {
        var page = await platform.NewPageAsync(width);
        await page.GotoAsync("/");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).Last.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        return new WebUser(page, displayName, email, password);
    }

    public ILocator Messages => Page.GetByRole(AriaRole.Log, new() { Name = "Messages" });

    public ILocator Composer => Page.GetByRole(AriaRole.Combobox, new() { Name = "Message" });

    /// <summary>Starts a direct chat with someone found by the start of their name in the people picker.</summary>
    public async Task StartDirectChatAsync(string otherName)
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = "New chat" }).ClickAsync();
        var dialog = Page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Add people").FillAsync(otherName[..Math.Min(otherName.Length, 8)]);
        await dialog.GetByRole(AriaRole.Button, new() { Name = otherName }).ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Start", Exact = true }).ClickAsync();
        await Assertions.Expect(Composer).ToBeVisibleAsync();
    }

    public async Task OpenConversationAsync(string title)
    {
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Conversations" })
            .GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^" + Regex.Escape(title)) }).ClickAsync();
        await Assertions.Expect(Composer).ToBeVisibleAsync();
    }

    /// <summary>Types a message and presses Enter, as a person would.</summary>
    public async Task SendAsync(string text)
    {
        await Composer.FillAsync(text);
        await Composer.PressAsync("Enter");
    }

    public Task ExpectMessageAsync(string text) =>
        Assertions.Expect(Messages.GetByText(text, new() { Exact = true })).ToBeVisibleAsync();
}
