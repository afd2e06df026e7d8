// What one cross-process wake-up costs on this machine: two processes pass one byte back and forth over two
// pipes, so every hop wakes the other process. Run on both cores (the scheduler's choice) and on one core.
//
//   gcc -O2 -o /tmp/pingpong bench/wakeup/pingpong.c && /tmp/pingpong && taskset -c 0 /tmp/pingpong
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double seconds(struct timeval user, struct timeval system)
{
    return user.tv_sec + system.tv_sec + (user.tv_usec + system.tv_usec) / 1e6;
}

int main(void)
{
    const int roundTrips = 200000;
    int ping[2], pong[2];
    char byte = 'x';
    if (pipe(ping) != 0 || pipe(pong) != 0) return 1;
    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    if (fork() == 0)
    {
        for (int i = 0; i < roundTrips; i++)
        {
            if (read(ping[0], &byte, 1) != 1 || write(pong[1], &byte, 1) != 1) return 1;
        }
        return 0;
    }
    for (int i = 0; i < roundTrips; i++)
    {
        if (write(ping[1], &byte, 1) != 1 || read(pong[0], &byte, 1) != 1) return 1;
    }
    wait(NULL);
    clock_gettime(CLOCK_MONOTONIC, &end);
    struct rusage self, child;
    getrusage(RUSAGE_SELF, &self);
    getrusage(RUSAGE_CHILDREN, &child);
    double wall = (end.tv_sec - start.tv_sec) + (end.tv_nsec - start.tv_nsec) / 1e9;
    double cpu = seconds(self.ru_utime, self.ru_stime) + seconds(child.ru_utime, child.ru_stime);
    printf("%d round trips (2 wake-ups each): %.1f us wall and %.1f us CPU per round trip, %.1f us CPU per wake-up\n",
        roundTrips, wall / roundTrips * 1e6, cpu / roundTrips * 1e6, cpu / roundTrips / 2 * 1e6);
    return 0;
}
