// The official ways to ask and to check. Always all of them: whatever the cause, the person may ask the
// platform, read their own credit report, object to an error in it, or complain to the regulator.
import { CHANNEL_IDS, type ChannelId } from "./types";

export const channelsFor = (): ChannelId[] => [...CHANNEL_IDS];
