using ChatPlatform.AppHost.Hosting;

var builder = DistributedApplication.CreateBuilder(AppHostArguments.Translate(args));
builder.AddStateDirectory();

var postgres = builder.AddChatPostgres("postgres");
var identityDb = postgres.AddDatabase("identitydb");
var sessionsDb = postgres.AddDatabase("sessionsdb");
var messagesDb = postgres.AddDatabase("messagesdb");
var moderationDb = postgres.AddDatabase("moderationdb");
var redis = builder.AddChatRedis("redis");
var messaging = builder.AddChatRabbitMQ("messaging");

var admin = builder.AddSeedAccount("admin", "admin@chatplatform.local");
var agent = builder.AddSeedAccount("agent", "agent@chatplatform.local");

var internalApiKey = builder.AddInternalApiKey();

var identity = builder.AddProject<Projects.ChatPlatform_Identity>("identity")
    .WithDynamicHttpPort()
    .WithReplicaDirectory(redis)
    .WithReference(identityDb).WaitFor(identityDb)
    .WithReference(messaging).WaitFor(messaging)
    .WithSeedAccount(admin)
    .WithSeedAccount(agent)
    .WithHttpHealthCheck("/health");

var messages = builder.AddProject<Projects.ChatPlatform_Messages>("messages")
    .WithDynamicHttpPort()
    .WithReplicas(2)
    .WithReplicaDirectory(redis)
    .WithAttachmentStorage()
    .WithConfigurationSection("ContentPolicy")
    .WithReference(messagesDb).WaitFor(messagesDb)
    .WithReference(messaging).WaitFor(messaging)
    .WithReference(identity)
    .WithInternalApiKey(internalApiKey)
    .WithHttpHealthCheck("/health");

var sessions = builder.AddProject<Projects.ChatPlatform_Sessions>("sessions")
    .WithDynamicHttpPort()
    .WithReplicaDirectory(redis)
    .WithConfigurationSection("Support")
    .WithReference(sessionsDb).WaitFor(sessionsDb)
    .WithReference(messaging).WaitFor(messaging)
    .WithReference(identity)
    // Sessions reads message summaries from Messages and hands it membership changes as they commit; nothing below
    // calls back up (docs/architecture.md, "Who calls whom").
    .WithReference(messages)
    .WithInternalApiKey(internalApiKey)
    .WithHttpHealthCheck("/health");

var moderation = builder.AddProject<Projects.ChatPlatform_Moderation>("moderation")
    .WithDynamicHttpPort()
    .WithReplicaDirectory(redis)
    .WithReference(moderationDb).WaitFor(moderationDb)
    .WithReference(messaging).WaitFor(messaging)
    .WithReference(identity)
    .WithReference(messages)
    .WithHttpHealthCheck("/health");

var presence = builder.AddProject<Projects.ChatPlatform_Presence>("presence")
    .WithDynamicHttpPort()
    .WithReplicas(2)
    .WithReplicaDirectory(redis)
    .WithReference(messaging).WaitFor(messaging)
    .WithReference(identity)
    .WithReference(sessions)
    .WithReference(messages)
    // Presence asks Moderation for a user's blocks only while Redis is down.
    .WithReference(moderation)
    .WithHttpHealthCheck("/health");

// Identity publishes UserRegistered for the seed accounts as it starts: it waits until every service that keeps a
// copy of the users has declared its queues, or those first events would find no queue and be lost.
identity.WaitFor(sessions).WaitFor(messages).WaitFor(moderation);

var gateway = builder.AddProject<Projects.ChatPlatform_Gateway>("gateway")
    .WithReference(identity).WaitFor(identity)
    .WithReference(sessions)
    .WithReference(messages)
    .WithReference(presence)
    .WithReference(moderation)
    .WithReplicaDirectory(redis)
    // The gateway listens on the port itself: DCP's user-space proxy would carry every client frame once more.
    .WithEndpoint("http", endpoint => { endpoint.Port = builder.GetGatewayPort(); endpoint.IsProxied = false; })
    .WithExternalHttpEndpoints()
    // A proxied frame goes socket to socket on the thread that read it (docs/gateway.md, "Inline sockets").
    .WithInlineSockets()
    .WithHttpHealthCheck("/health");

// Telemetry:TraceSampleRatio (see ServiceDefaults/TraceSampling.cs) reaches every service.
builder.ForwardToEveryProject("Telemetry");
builder.AnnounceWhenReady(gateway, admin, agent);

builder.Build().Run();
