#include "MonteCarloSimulation.h"

#include "analysis/InputPerturbation.h"
#include "analysis/PerturbedEvaluation.h"
#include "engine/ScenarioEngine.h"
#include "engine/ScenarioResolver.h"
#include "analysis/TrialRandom.h"

#include <algorithm>
#include <chrono>
#include <climits>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <set>
#include <thread>

namespace hp {

namespace {

/// The ranges a run samples: the scenario's own (resolved through its
/// parents), then those of the comparison scenario that it does not already
/// have (same input and target); one draw feeds both scenarios.
std::vector<UncertaintyRange> rangesOf(const Project &project, const MonteCarloRequest &request)
{
    std::vector<UncertaintyRange> ranges = ScenarioResolver::resolve(project, request.scenario).uncertainties;
    InputPerturbation::checkTargets(project, request.scenario, ranges);
    if (!request.against.isEmpty()) {
        const auto other = ScenarioResolver::resolve(project, request.against).uncertainties;
        InputPerturbation::checkTargets(project, request.against, other);
        std::set<std::pair<int, QString>> seen;
        for (const auto &r : ranges)
            seen.insert({int(r.input), r.target});
        for (const auto &r : other)
            if (seen.insert({int(r.input), r.target}).second)
                ranges.push_back(r);
    }
    return ranges;
}

/// Exact per-trial results, one slot per trial (monthly: trial-major).
struct TrialResults {
    TrialResults(std::size_t trials, std::size_t months, bool against)
        : T(months), npv(trials), total(trials), monthly(trials * months), litigation(trials, 0), shortfall(trials, 0)
    {
        if (against) {
            npvB.resize(trials);
            totalB.resize(trials);
        }
    }
    std::size_t T;
    std::vector<Decimal> npv, total, monthly, npvB, totalB;
    std::vector<char> litigation;
    std::vector<char> shortfall; ///< A had a shortfall charged or projected
};

/// The lowest-numbered failing trial and its exception. Trials are handed out
/// in increasing order and every trial below a failure still runs, so the
/// trial reported is the same whatever the thread count.
class FirstFailure {
public:
    void record(int trial, std::exception_ptr e)
    {
        std::lock_guard lock(m_mutex);
        if (trial < m_trial.load()) {
            m_trial = trial;
            m_error = std::move(e);
        }
    }
    bool before(int trial) const { return m_trial.load() < trial; }
    void rethrowIfAny(std::uint64_t seed) const
    {
        if (!m_error)
            return;
        QString what;
        try {
            std::rethrow_exception(m_error);
        } catch (const EngineError &e) {
            what = e.message();
        } catch (const std::exception &e) {
            what = QString::fromStdString(e.what());
        }
        if (m_trial.load() < 0)
            throw EngineError(QStringLiteral("Monte Carlo could not start: %1").arg(what));
        throw EngineError(QStringLiteral("Monte Carlo trial %1 (seed %2) failed: %3").arg(m_trial.load()).arg(seed).arg(what));
    }

private:
    std::mutex m_mutex;
    std::atomic<int> m_trial{INT_MAX};
    std::exception_ptr m_error;
};

MonteCarloResult summarise(const MonteCarloRequest &request, const EngineResult &base,
                           const std::vector<UncertaintyRange> &ranges, TrialResults &trialResults)
{
    const std::size_t N = trialResults.npv.size();
    MonteCarloResult result;
    result.request = request;
    result.currency = base.currency;
    result.months = base.months;
    result.ranges = ranges;
    if (!trialResults.npvB.empty()) {
        std::size_t wins = 0;
        for (std::size_t i = 0; i < N; ++i)
            wins += trialResults.npvB[i] < trialResults.npv[i] ? 1 : 0;
        result.probabilityAgainstBeats = double(wins) / double(N);
        result.npvAgainst = MoneyPercentiles::of(trialResults.npvB);
        result.totalAgainst = MoneyPercentiles::of(trialResults.totalB);
    }
    result.npv = MoneyPercentiles::of(trialResults.npv);
    result.total = MoneyPercentiles::of(trialResults.total);
    std::vector<Decimal> column(N);
    for (std::size_t t = 0; t < trialResults.T; ++t) {
        for (std::size_t i = 0; i < N; ++i)
            column[i] = trialResults.monthly[i * trialResults.T + t];
        result.monthlyTotal.push_back(MoneyPercentiles::of(column));
    }
    const auto drawn = std::count(trialResults.litigation.begin(), trialResults.litigation.end(), char(1));
    result.litigationShare = double(drawn) / double(N);
    const auto short_ = std::count(trialResults.shortfall.begin(), trialResults.shortfall.end(), char(1));
    result.shortfallShare = double(short_) / double(N);
    return result;
}

} // namespace

std::uint64_t MonteCarloSimulation::memoryNeeded(const MonteCarloRequest &request, int months)
{
    // Per trial: total(t) for every month, total and NPV (and B's), a flag;
    // plus one month's column while the fan is summarised.
    const std::uint64_t figures = std::uint64_t(std::max(months, 0)) + 2 + (request.against.isEmpty() ? 0 : 2);
    const std::uint64_t perTrial = figures * sizeof(Decimal) + 1 + sizeof(Decimal);
    return std::uint64_t(std::max(request.trials, 0)) * perTrial;
}

int MonteCarloSimulation::threadsFor(const MonteCarloRequest &request)
{
    const int wanted = request.threads > 0 ? request.threads : int(std::max(1u, std::thread::hardware_concurrency()));
    return std::max(1, std::min({wanted, request.trials, kMaxThreads}));
}

std::optional<MonteCarloResult> MonteCarloSimulation::run(const Project &project, const MonteCarloRequest &request,
                                                          const std::atomic<bool> *cancel, const Progress &progress,
                                                          const ShortfallWatch &watch)
{
    if (request.trials < 1)
        throw EngineError(QStringLiteral("the number of trials must be at least 1 (is %1)").arg(request.trials));
    if (request.threads < 0)
        throw EngineError(QStringLiteral("the number of threads must be 0 (automatic) or more (is %1)").arg(request.threads));
    // Validates the project once (the trials skip validation) and fixes the months.
    const ScenarioEngine checked(project, EngineOptions{true, false});
    const EngineResult base = checked.evaluate(request.scenario);
    if (!request.against.isEmpty())
        checked.evaluate(request.against);
    const int T = int(base.months.size());
    const std::uint64_t need = memoryNeeded(request, T);
    if (need > kMemoryLimitBytes)
        throw EngineError(QStringLiteral("%1 trials × %2 months need %3 MiB of results, more than the %4 MiB a run may use; "
                                         "ask for fewer trials")
                              .arg(request.trials).arg(T).arg(need >> 20).arg(kMemoryLimitBytes >> 20));
    const std::vector<UncertaintyRange> ranges = rangesOf(project, request);

    const auto N = std::size_t(request.trials);
    TrialResults trialResults(N, std::size_t(T), !request.against.isEmpty());
    std::atomic<int> next{0}, done{0};
    std::atomic<bool> cancelled{false};
    FirstFailure failure;
    std::mutex mutex;
    std::condition_variable finished;
    const int threads = threadsFor(request);
    int running = threads;

    auto worker = [&] {
        try {
            PerturbedEvaluation a(project, request.scenario, ranges);
            if (!watch.contract.isEmpty())
                a.watchShortfallOf(watch.contract, watch.clause);
            std::optional<PerturbedEvaluation> b;
            if (!request.against.isEmpty())
                b.emplace(project, request.against, ranges);
            std::vector<double> values(ranges.size());
            for (;;) {
                if (cancel && cancel->load()) {
                    cancelled = true;
                    break;
                }
                const int i = next++;
                if (i >= request.trials || failure.before(i))
                    break;
                try {
                    TrialRandom rng(request.seed, std::uint64_t(i));
                    for (std::size_t k = 0; k < ranges.size(); ++k)
                        values[k] = rng.sample(ranges[k].distribution);
                    const PerturbedOutcome outA = a.evaluate(values);
                    const auto slot = std::size_t(i);
                    trialResults.npv[slot] = outA.npv;
                    trialResults.total[slot] = outA.total;
                    trialResults.shortfall[slot] = outA.shortfall ? 1 : 0;
                    std::copy(outA.monthlyTotal.begin(), outA.monthlyTotal.end(), trialResults.monthly.begin() + std::ptrdiff_t(slot * trialResults.T));
                    bool litigation = outA.litigation;
                    if (b) {
                        const PerturbedOutcome outB = b->evaluate(values);
                        trialResults.npvB[slot] = outB.npv;
                        trialResults.totalB[slot] = outB.total;
                        litigation = litigation || outB.litigation;
                    }
                    trialResults.litigation[slot] = litigation ? 1 : 0;
                } catch (...) {
                    failure.record(i, std::current_exception());
                }
                ++done;
            }
        } catch (...) {
            failure.record(-1, std::current_exception()); // setting up a worker failed
        }
        std::lock_guard lock(mutex);
        --running;
        finished.notify_all();
    };

    std::vector<std::thread> pool;
    pool.reserve(std::size_t(threads));
    for (int k = 0; k < threads; ++k)
        pool.emplace_back(worker);
    {
        std::unique_lock lock(mutex);
        while (running > 0) {
            finished.wait_for(lock, std::chrono::milliseconds(50), [&] { return running == 0; });
            if (progress && running > 0) {
                lock.unlock();
                progress(done.load(), request.trials);
                lock.lock();
            }
        }
    }
    for (std::thread &t : pool)
        t.join();
    failure.rethrowIfAny(request.seed);
    if (cancelled.load() || (cancel && cancel->load()) || done.load() < request.trials)
        return std::nullopt;
    if (progress)
        progress(request.trials, request.trials);
    return summarise(request, base, ranges, trialResults);
}

} // namespace hp
