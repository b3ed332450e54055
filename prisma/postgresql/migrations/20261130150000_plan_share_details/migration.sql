-- The owner's "share my answers" switch: off for every plan, old and new, until the owner turns it on.
-- AlterTable
ALTER TABLE "Plan" ADD COLUMN "shareDetails" BOOLEAN NOT NULL DEFAULT false;
