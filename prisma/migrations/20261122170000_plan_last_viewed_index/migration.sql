-- The prune step finds plans not opened for months by lastViewedAt.
CREATE INDEX "Plan_lastViewedAt_idx" ON "Plan"("lastViewedAt");
