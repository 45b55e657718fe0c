/**
 * The pipeline: load → validate → render → index → export, staged beside the output folder
 * and swapped in only when every stage succeeded, so a failed build leaves the previous site.
 */
package dk.indsatskatalog.build;
