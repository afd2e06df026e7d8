namespace ChatPlatform.Bench;

/// <summary>The <c>--help</c> text.</summary>
public static class BenchUsage
{
    public const string Text = """
        ChatPlatform benchmark (docs/benchmarks.md).

          --mode MODE             delivery (default): WebSocket delivery at fixed rates, raw/direct/gateway
                                  history: GET history pages of one big session, gateway vs Messages (M5)
                                  rest: REST sends by concurrent senders, gateway vs Messages (M2 REST)
                                  idle: many idle WebSockets through the gateway, memory per connection (M4)
                                  faults: SIGKILL each part under load, measure restarts, check nothing
                                  acknowledged is lost (docs/reliability.md)
                                  soak: the faults load for --duration (default 1800 s) with reconnects,
                                  sampling memory, errors, connections, outbox rows, queues (docs/reliability.md)
                                  web: the web app's page loads in Chromium, through the gateway and from a bare
                                  static server (--samples fresh browser profiles, default 10)
          --storage KIND          durable (default): PostgreSQL with fsync on; throwaway: fsync, synchronous_commit
                                  and full_page_writes off (only when the bench boots the platform)

        delivery:
          --clients N             WebSocket clients (default 200)
          --sessions M            chat sessions / rooms; clients are spread evenly (default 20)
          --senders K             only the first K clients send (default: all); the rest only receive
          --rate R[,R2,...]       total messages/s over all clients; a list runs each rate in turn (default 500)
          --duration S            measured seconds per run (default 20; idle: seconds the sockets are held)
          --warmup S              seconds of load before measuring, ramp included (default 5)
          --ramp S                seconds to climb from 10 % to 100 % of the rate (default 3, at most the warm-up)
          --platform-warmup S     unmeasured load through the platform before its first measured run (default 20, 0 = none)
          --drain S               seconds to wait for outstanding deliveries after the last send (default 10)
          --payload B             content bytes per message (default 100; also rest and history)
          --repeat K              run every scenario K times, interleaved; the summary takes medians (default 1)
          --scenarios LIST        any of raw,direct,gateway (default all three; history and rest: direct,gateway)
          --p99-limit MS          with several rates: the p99 within which a rate counts as sustained (default 50)
          --connect-concurrency N parallel WebSocket handshakes while connecting (default 16; also idle)
          --client KIND           raw (default): the bench's own socket client, nothing allocated per frame;
                                  sdk: the SDK's ChatConnection carries direct and gateway (raw keeps its own)

        history and rest:
          --concurrency C         clients in closed loop (default 16), each with its own users
          --users N               registered users, spread over the clients (default: history 64, rest 25 per client);
                                  each user stays under the platform's per-user limits (gateway 100 requests/s,
                                  sends 10/s)
          --sessions M            rest: sessions the users are spread over (default 20); history uses one
          --history-messages N    history: messages in the session (default 1000000)

        idle:
          --connections N         WebSockets to open through the gateway (default 50000)
          --users N               users owning them, round-robin (default one per 100 connections)

        faults and soak (defaults: --clients 20 --sessions 5 --rate 30 --warmup 20):
          --faults LIST           what to kill, in order; a+b kills two at once; replicas as messages#1
                                  (default: each part alone, then messages#0+messaging, presence#1+messages#1,
                                  postgres+redis)
          --rest-senders N        REST senders besides the WebSocket senders (default 4)
          --after-recovery S      faults: seconds of load after the platform is healthy again (default 20)
          --churn N               soak: sockets closed and reopened every 10 s (default 4)
          --sample S              soak: seconds between samples (default 60)

        platform:
          --gateway-url URL       bench an already running platform instead of booting one with Aspire
          --presence-url URL      delivery: Presence's own address for the direct scenario with --gateway-url
          --messages-url URL      history, rest: Messages' own address for the direct scenario with --gateway-url
          --messages-db CONN      history: messagesdb's connection string for seeding with --gateway-url
          --json-out FILE         also write the JSON result to FILE
          --verbose               platform logs (warnings) on stderr
        """;
}
