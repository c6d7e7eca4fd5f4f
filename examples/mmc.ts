// An M/M/c queue in the process API: 10 lanes, 9 arrivals an hour, each lane serves 1 an hour.
import { Exponential, RandomStreams, Resource, Simulation, Tally } from '@landport/sim-core';

const sim = new Simulation();
const streams = new RandomStreams(42);
const [arrivals, services] = [streams.stream('arrivals'), streams.stream('services')];
const [gap, service] = [new Exponential(1 / 9), new Exponential(1)];
const lanes = new Resource(sim, { capacity: 10 });
const wait = new Tally();

function* vehicle() {
  const request = lanes.request();
  yield request;
  wait.add(request.waited);
  yield service.sample(services);
  lanes.release(request);
}
sim.process(function* source() {
  for (;;) {
    yield gap.sample(arrivals);
    sim.process(vehicle);
  }
});
sim.run({ until: 200_000 });

// Erlang C for c = 10, a = λ/μ = 9: P(wait) = 0.6687, Wq = P(wait)/(cμ − λ) = 0.669 h, Lq = λ·Wq = 6.019.
console.log(`vehicles served    ${wait.count}`);
console.log(`mean wait (h)      ${wait.mean.toFixed(3)}   (Erlang C: 0.669)`);
console.log(`lane utilisation   ${lanes.utilisation().toFixed(3)}   (theory: 0.900)`);
console.log(`mean queue length  ${lanes.meanQueueLength().toFixed(3)}   (theory: 6.019)`);
