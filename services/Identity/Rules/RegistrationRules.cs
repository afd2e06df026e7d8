namespace ChatPlatform.Identity.Rules;

/// <summary>Validation of a registration: email format, password length, display name length.</summary>
public static class RegistrationRules
{
    public const int MinPasswordLength = 8;
    public const int MaxPasswordLength = 256;
    public const int MaxDisplayNameLength = 100;
    public const int MaxIdempotencyKeyLength = 255;

    /// <summary>The problems per field (snake_case wire names); empty when the registration is valid.</summary>
    public static Dictionary<string, string[]> Validate(string? email, string? password, string? displayName)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(email))
        {
            errors["email"] = ["An email address is required."];
        }
        else if (!EmailAddress.IsValid(email.Trim()))
        {
            errors["email"] = ["The email address is not valid."];
        }

        if (string.IsNullOrEmpty(password))
        {
            errors["password"] = ["A password is required."];
        }
        else if (password.Length is < MinPasswordLength or > MaxPasswordLength)
        {
            errors["password"] = [$"The password must be between {MinPasswordLength} and {MaxPasswordLength} characters long."];
        }

        var name = displayName?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            errors["display_name"] = ["A display name is required."];
        }
        else if (name.Length > MaxDisplayNameLength)
        {
            errors["display_name"] = [$"The display name must be at most {MaxDisplayNameLength} characters long."];
        }
        return errors;
    }
}
