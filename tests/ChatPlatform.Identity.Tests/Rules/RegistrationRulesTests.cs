using ChatPlatform.Identity.Rules;

namespace ChatPlatform.Identity.Tests.Rules;

public sealed class RegistrationRulesTests
{
    [Fact]
    public void A_complete_registration_has_no_errors()
    {
        Assert.Empty(RegistrationRules.Validate("alice@example.test", "12345678", "Alice"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("alice")]
    [InlineData("alice@")]
    [InlineData("@example.test")]
    [InlineData("alice@example")]
    [InlineData("al ice@example.test")]
    [InlineData("alice@@example.test")]
    [InlineData(null)]
    public void An_email_that_is_missing_or_malformed_is_rejected(string? email)
    {
        var errors = RegistrationRules.Validate(email, "12345678", "Alice");

        Assert.Equal(["email"], errors.Keys);
    }

    [Fact]
    public void An_email_longer_than_254_characters_is_rejected()
    {
        var email = new string('a', 250) + "@x.io";

        Assert.Contains("email", RegistrationRules.Validate(email, "12345678", "Alice").Keys);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("1234567", true)]
    [InlineData("12345678", false)]
    public void A_password_needs_at_least_eight_characters(string? password, bool rejected)
    {
        var errors = RegistrationRules.Validate("alice@example.test", password, "Alice");

        Assert.Equal(rejected, errors.ContainsKey("password"));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("   ", true)]
    [InlineData("A", false)]
    public void A_display_name_is_required(string? displayName, bool rejected)
    {
        Assert.Equal(rejected, RegistrationRules.Validate("alice@example.test", "12345678", displayName).ContainsKey("display_name"));
    }

    [Fact]
    public void A_display_name_may_have_100_characters_but_not_101()
    {
        Assert.Empty(RegistrationRules.Validate("alice@example.test", "12345678", new string('n', 100)));
        Assert.Equal(["display_name"], RegistrationRules.Validate("alice@example.test", "12345678", new string('n', 101)).Keys);
    }

    [Fact]
    public void Every_invalid_field_is_reported_at_once_under_its_wire_name()
    {
        var errors = RegistrationRules.Validate("nope", "short", "");

        Assert.Equal(["display_name", "email", "password"], errors.Keys.Order());
    }

    [Fact]
    public void Emails_are_compared_without_case_or_surrounding_spaces()
    {
        Assert.Equal(EmailAddress.Normalize("alice@example.test"), EmailAddress.Normalize("  ALICE@Example.Test "));
    }
}
