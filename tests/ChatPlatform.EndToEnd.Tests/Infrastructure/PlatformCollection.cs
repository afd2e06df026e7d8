namespace ChatPlatform.EndToEnd.Tests.Infrastructure;

/// <summary>Every end-to-end test class joins this collection and shares one running platform.</summary>
[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFixture>
{
    public const string Name = "platform";
}
