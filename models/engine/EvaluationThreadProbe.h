#pragma once

namespace hp {

/// A test hook on the engine's entry point (docs/architecture.md, "No engine
/// on the GUI thread"). Unarmed it costs one relaxed atomic load per
/// evaluation and records nothing; armed, it counts every evaluation that
/// runs on the application's main thread (the GUI thread of the desktop
/// app), so that a GUI test can drive edits through the real window and
/// fail when a figure is computed where it would freeze the screen.
class EvaluationThreadProbe {
public:
    /// Arms (true) or disarms the probe; arming resets the count and takes the
    /// calling thread as the GUI thread (arm it from the GUI thread).
    static void arm(bool armed);
    static bool isArmed();
    /// Evaluations recorded on the main thread since the probe was armed.
    static int mainThreadEvaluations();
    /// Called by ScenarioEngine::evaluate on whatever thread evaluates.
    static void record();
};

} // namespace hp
