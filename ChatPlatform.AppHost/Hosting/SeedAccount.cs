namespace ChatPlatform.AppHost.Hosting;

/// <summary>An account Identity creates at start, e.g. <c>admin</c>: parameters <c>admin-email</c> and <c>admin-password</c>.</summary>
public sealed record SeedAccount(string Name, IResourceBuilder<ParameterResource> Email, IResourceBuilder<ParameterResource> Password);
