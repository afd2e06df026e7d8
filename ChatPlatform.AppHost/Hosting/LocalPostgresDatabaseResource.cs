namespace ChatPlatform.AppHost.Hosting;

/// <summary>A database on a <see cref="LocalPostgresResource"/>, owned by a login role of the same name.</summary>
public sealed class LocalPostgresDatabaseResource(string name, LocalPostgresResource parent, ParameterResource password)
    : Resource(name), IResourceWithParent<LocalPostgresResource>, IResourceWithConnectionString
{
    public LocalPostgresResource Parent { get; } = parent;

    public ParameterResource PasswordParameter { get; } = password;

    public string DatabaseName => Name;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"Host={Parent.Endpoint.Property(EndpointProperty.Host)};Port={Parent.Endpoint.Property(EndpointProperty.Port)};Username={DatabaseName};Password={PasswordParameter};Database={DatabaseName}");
}
