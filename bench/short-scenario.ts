/**
 * A short scenario for the benches that need many replications: an M/M/4 queue for one day
 * (about 1,440 customers, a few milliseconds a replication), so that 10,000 replications take
 * seconds. It is a border scenario all the same: each replication records the hourly series and
 * the daily detail a real one does, only for a day.
 */
export const SHORT_SCENARIO = `name: M/M/4 for one day
calendar: { start: 2024-01-01T00:00Z, horizon: { days: 1 }, warmUp: { hours: 2 } }
stations:
  - { id: server, lanes: 4, service: { exponential: { mean: { minutes: 3 } } } }
classes:
  - { id: customers, arrivals: { rate: { perMinute: 1 } }, route: [server] }
`;
