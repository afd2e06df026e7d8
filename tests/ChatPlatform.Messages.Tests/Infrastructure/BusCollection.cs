namespace ChatPlatform.Messages.Tests.Infrastructure;

/// <summary>Tests that need the broker as well as the database.</summary>
[CollectionDefinition(Name)]
public sealed class BusCollection : ICollectionFixture<PostgresServer>, ICollectionFixture<BrokerFixture>
{
    public const string Name = "bus";
}
