/**
 * Reviewing a whole usage sheet (赋权事项评估): reading the rows of a CSV or XLSX sheet one at a
 * time, checking them, reviewing each delegated power with the engine, summarising by outcome and
 * reason, township kind and matter field, and writing the next version of a provincial pack with the
 * recalled powers marked.
 */
package dev.devolve.review;
