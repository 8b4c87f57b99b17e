#pragma once

#include "domain/Project.h"

namespace hp::bench {

/// Size of a generated portfolio.
struct PortfolioSize {
    int providers = 5;
    int offerings = 10;
    int workloads = 200;
    int contracts = 50;
    int months = 60;
};

/// A deterministic synthetic portfolio (no randomness: the same size gives the
/// same project) with every clause kind, placement changes with dual run, and
/// one scenario named "Synthetic" that exercises every engine rule.
Project syntheticPortfolio(const PortfolioSize &size = {});

} // namespace hp::bench
