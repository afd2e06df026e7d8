using ChatPlatform.Tests.Shared;

namespace ChatPlatform.Sessions.Tests.Functional;

/// <summary>Functional tests share one PostgreSQL server; each test class makes its own database.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
