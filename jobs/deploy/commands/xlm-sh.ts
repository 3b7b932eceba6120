/**
 * `deploy xlm-sh --cid <cid> [--network public|testnet] [--key app.xlm_sh.ipfs|app.xlm_sh.ipns]
 * [--horizon-url url] [--unsigned --account G…]`: points xlm.sh at a CID (DESIGN §8).
 */
import { parseArgs } from 'node:util';
import { CliError, EXIT_USAGE } from '../cli-error.ts';
import { XLM_SH_IPFS_KEY } from '../xlm-sh/data-entry.ts';
import { isStellarNetwork } from '../xlm-sh/networks.ts';
import { prepareUnsignedDataEntry, publishDataEntry, SECRET_ENV } from '../xlm-sh/publish.ts';
import { required, type Command } from './context.ts';

export const xlmSh: Command = async (args, ctx) => {
  const { values } = parseArgs({
    args,
    options: {
      cid: { type: 'string' },
      value: { type: 'string' },
      key: { type: 'string', default: XLM_SH_IPFS_KEY },
      network: { type: 'string', default: 'testnet' },
      'horizon-url': { type: 'string' },
      unsigned: { type: 'boolean', default: false },
      account: { type: 'string' },
    },
  });
  const network = values.network;
  if (!isStellarNetwork(network)) throw new CliError(`xlm-sh: --network must be public or testnet, got "${network}"`, EXIT_USAGE);
  const value = values.value ?? required(values, 'cid', 'xlm-sh');
  const target = { network, horizonUrl: values['horizon-url'], key: values.key, value };
  if (values.unsigned) {
    const unsigned = await prepareUnsignedDataEntry(target, required(values, 'account', 'xlm-sh --unsigned'));
    ctx.log('info', 'xlm_sh.unsigned', { account: unsigned.accountId, key: target.key, value, network });
    ctx.out(unsigned.xdr);
    return;
  }
  const result = await publishDataEntry(target, ctx.env[SECRET_ENV], ctx.log);
  await ctx.summary(
    `### xlm.sh\n\n\`${result.key}\` = \`${result.value}\` on ${network} account \`${result.accountId}\` ${result.transactionHash ? `(tx \`${result.transactionHash}\`)` : '(unchanged)'}\n`,
  );
  ctx.out(result.transactionHash ?? 'unchanged');
};
