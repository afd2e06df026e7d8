using System.Runtime.Versioning;

// The AppHost runs PostgreSQL, Redis and RabbitMQ as local Linux processes; so do these tests.
[assembly: UnsupportedOSPlatform("windows")]
