namespace ChatPlatform.AppHost.Hosting;

public static class SeedAccountExtensions
{
    /// <summary>
    /// Adds the parameters of a seeded account. The email defaults to <paramref name="defaultEmail"/>; the
    /// password is generated once and kept in user secrets. <c>Parameters__&lt;name&gt;-email</c> and
    /// <c>Parameters__&lt;name&gt;-password</c> override them.
    /// </summary>
    public static SeedAccount AddSeedAccount(this IDistributedApplicationBuilder builder, string name, string defaultEmail)
    {
        var email = builder.AddParameter($"{name}-email", builder.Configuration[$"Parameters:{name}-email"] ?? defaultEmail);
        // One character of each kind, so the password passes ASP.NET Core Identity's default rules.
        var password = builder.AddParameter(
            $"{name}-password",
            new GenerateParameterDefault { MinLower = 1, MinUpper = 1, MinNumeric = 1, MinSpecial = 1 },
            secret: true,
            persist: true);

        return new(name, email, password);
    }

    /// <summary>Passes the account as <c>Seed__&lt;Name&gt;Email</c> and <c>Seed__&lt;Name&gt;Password</c>, e.g. <c>Seed__AdminEmail</c>.</summary>
    public static IResourceBuilder<T> WithSeedAccount<T>(this IResourceBuilder<T> builder, SeedAccount account)
        where T : IResourceWithEnvironment
    {
        var prefix = $"Seed__{char.ToUpperInvariant(account.Name[0])}{account.Name[1..]}";
        return builder
            .WithEnvironment($"{prefix}Email", account.Email)
            .WithEnvironment($"{prefix}Password", account.Password);
    }
}
