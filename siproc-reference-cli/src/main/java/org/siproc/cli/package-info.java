/**
 * The reference command-line tool, {@code siproc}: set-up and scripted operations on a SIPROC database, through
 * the same use cases and access policy as every other adapter ({@link org.siproc.cli.SiprocCli} is the entry
 * point; the commands, options, exit codes and file formats are in {@code docs/cli.md}).
 */
@NullMarked
package org.siproc.cli;

import org.jspecify.annotations.NullMarked;
