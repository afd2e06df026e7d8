namespace ChatPlatform.Messages.Tests.Infrastructure;

/// <summary>Functional tests share one PostgreSQL server; each class makes its own database.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
