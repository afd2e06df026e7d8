using System.Runtime.Versioning;

// The AppHost runs PostgreSQL, Redis and RabbitMQ as local Linux processes, and the tests drive Debian's Chromium.
[assembly: UnsupportedOSPlatform("windows")]
