namespace ChatPlatform.AppHost.Hosting;

/// <summary>A PostgreSQL server run from the machine's own binaries, on a port DCP hands it.</summary>
public sealed class LocalPostgresResource(string name, string command, string workingDirectory, ParameterResource password)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public const string EndpointName = "tcp";
    public const string UserName = "postgres";

    public EndpointReference Endpoint => field ??= new(this, EndpointName);

    public ParameterResource PasswordParameter { get; } = password;

    public List<LocalPostgresDatabaseResource> Databases { get; } = [];

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"Host={Endpoint.Property(EndpointProperty.Host)};Port={Endpoint.Property(EndpointProperty.Port)};Username={UserName};Password={PasswordParameter}");
}
